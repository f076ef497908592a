/// A photo recorded at a node, with what it shows.
public struct TaggedPhoto: Hashable, Sendable {
    public var subject: PhotoSubject
    /// The device shown, for a nameplate or a metrology label.
    public var device: String?

    public init(_ subject: PhotoSubject, device: String? = nil) {
        self.subject = subject
        self.device = device
    }
}

/// 必备关键设备 — a key production or inspection device the product's
/// rules require, which must be photographed with its nameplate.
public struct KeyDevice: Hashable, Sendable {
    public var name: String
    /// Whether it carries a 计量标识, which is then photographed too.
    public var hasMetrologyLabel: Bool

    public init(name: String, hasMetrologyLabel: Bool = false) {
        self.name = name
        self.hasMetrologyLabel = hasMetrologyLabel
    }
}
