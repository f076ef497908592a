/// One line of a photo checklist, met by any one of its ways.
public struct PhotoChecklistItem: Hashable, Sendable {
    /// Where the item applies once, or once per device.
    public enum Scope: String, Hashable, Sendable, Codable {
        case site
        /// Every mandatory key device of the node.
        case eachDevice = "each-device"
        /// Every mandatory key device that carries a metrology label.
        case eachLabelledDevice = "each-labelled-device"
    }

    /// Stable within the checklist, e.g. `factory-gate`.
    public var id: String
    public var name: Bilingual
    public var scope: Scope
    /// Alternatives, any one of which meets the item: two landmarks, or one
    /// member of staff pointing at the building.
    public var ways: [PhotoCount]

    public init(id: String, name: Bilingual, scope: Scope, ways: [PhotoCount]) {
        self.id = id
        self.name = name
        self.scope = scope
        self.ways = ways
    }
}

/// So many photos of one subject (per device, for a device's item).
public struct PhotoCount: Hashable, Sendable {
    public var subject: PhotoSubject
    public var count: Int

    public init(_ subject: PhotoSubject, _ count: Int) {
        self.subject = subject
        self.count = count
    }
}
