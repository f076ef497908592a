/// An image's size in pixels, as its header declares it.
public struct PixelSize: Hashable, Sendable, Codable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// 有效像素 — the count the 5-megapixel rule is about. Both sides fit
    /// 32 bits in every format read here, so the product fits an `Int`.
    public var pixels: Int { width * height }
}
