/// EXIF Orientation (tag 0x0112): how the stored pixels must be turned to
/// stand upright. Values 5 to 8 swap width and height on screen.
public enum ExifOrientation: Int, Hashable, Sendable, Codable, CaseIterable {
    case up = 1
    case mirrored = 2
    case upsideDown = 3
    case upsideDownMirrored = 4
    case leftMirrored = 5
    case right = 6
    case rightMirrored = 7
    case left = 8

    /// Whether the picture shows turned a quarter, so its displayed width
    /// is the stored height.
    public var swapsSides: Bool { rawValue >= 5 }
}
