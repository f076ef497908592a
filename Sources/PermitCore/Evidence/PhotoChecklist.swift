/// 照片清单 — the photos a node of an on-site check must have (REC-4), as
/// data, so a bureau's variant is a change of values, not of code.
public struct PhotoChecklist: Hashable, Sendable {
    public var node: NodeKey
    public var items: [PhotoChecklistItem]

    public init(node: NodeKey, items: [PhotoChecklistItem]) {
        self.node = node
        self.items = items
    }

    /// What the node still lacks, item by item and device by device in the
    /// order given. `devices` are the node's mandatory key devices (必备关键
    /// 设备) from the product's implementation rules. A photo counts where
    /// its tag says it belongs; whether it is sharp enough is the resolution
    /// rule's business, not the checklist's.
    public func missing(photos: [TaggedPhoto], devices: [KeyDevice]) -> [PhotoShortfall] {
        var counts: [PhotoSubject: Int] = [:]
        var deviceCounts: [PhotoSubject: [String: Int]] = [:]
        for photo in photos {
            if photo.subject.isOfDevice {
                guard let device = photo.device.map(Self.matchable) else { continue }
                deviceCounts[photo.subject, default: [:]][device, default: 0] += 1
            } else {
                counts[photo.subject, default: 0] += 1
            }
        }
        var shortfalls: [PhotoShortfall] = []
        for item in items {
            switch item.scope {
            case .site:
                shortfalls += shortfall(item, device: nil, units: 1) { counts[$0] ?? 0 }
            case .eachDevice, .eachLabelledDevice:
                let concerned = devices.filter { item.scope == .eachDevice || $0.hasMetrologyLabel }
                // Two devices of one name need two photos of that name.
                var seen: Set<String> = []
                for device in concerned where seen.insert(Self.matchable(device.name)).inserted {
                    let key = Self.matchable(device.name)
                    let units = concerned.filter { Self.matchable($0.name) == key }.count
                    shortfalls += shortfall(item, device: device.name, units: units) { deviceCounts[$0]?[key] ?? 0 }
                }
            }
        }
        return shortfalls
    }

    private func shortfall(
        _ item: PhotoChecklistItem, device: String?, units: Int, recorded: (PhotoSubject) -> Int
    ) -> [PhotoShortfall] {
        let wanting = item.ways.map { PhotoCount($0.subject, max(0, $0.count * units - recorded($0.subject))) }
        guard !wanting.contains(where: { $0.count == 0 }) else { return [] }
        return [PhotoShortfall(item: item.id, device: device, wanting: wanting)]
    }

    /// Names are picked from the node's device list, but may come back with
    /// stray spaces or another case of a Latin model name.
    private static func matchable(_ name: String) -> String {
        name.trimmingWhitespace().lowercased()
    }
}
