/// REC-4's check a machine can make: 使用有效像素500万以上的数码相机.
public enum PhotoRules {
    /// 500万 — "以上" counts the figure itself, as it does throughout
    /// Chinese rules, so exactly five million passes.
    public static let minimumPixels = 5_000_000

    /// The resolution problem of a photo of `size`, nil when it is big
    /// enough. A size that could not be read is a problem too: the rule
    /// is then checked by eye, and the reviewer must be told so.
    public static func resolutionProblem(_ size: PixelSize?) -> EvidenceProblem? {
        guard let size else { return .photoSizeUnknown }
        return size.pixels < minimumPixels ? .photoBelowFiveMegapixels(size) : nil
    }
}
