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
public struct KeyDevice: Hashable, Sendable, Codable {
    /// Where on site the device stands: the check of that area photographs it.
    public enum Area: String, Hashable, Sendable, Codable, CaseIterable {
        /// 生产区域 — a key production device.
        case production
        /// 检验区域 — a key inspection device.
        case inspection
    }

    public var name: String
    public var area: Area
    /// Whether it carries a 计量标识, which is then photographed too.
    public var hasMetrologyLabel: Bool

    public init(name: String, area: Area = .production, hasMetrologyLabel: Bool = false) {
        self.name = name
        self.area = area
        self.hasMetrologyLabel = hasMetrologyLabel
    }
}
