/// What one checklist item still lacks: how many more photos of each way
/// that would meet it, for one device or for the site.
public struct PhotoShortfall: Hashable, Sendable {
    /// The checklist item's id.
    public var item: String
    public var device: String?
    /// One count per way of meeting the item, each enough on its own.
    public var wanting: [PhotoCount]

    public init(item: String, device: String?, wanting: [PhotoCount]) {
        self.item = item
        self.device = device
        self.wanting = wanting
    }

    /// `还缺照片：周边标志性建筑 1 张，或企业人员手指企业厂房 1 张`.
    public var message: Bilingual {
        let device = device?.trimmingWhitespace()
        // A full-width bracket needs no space after it.
        let zh = wanting.map { "\($0.subject.name.zhHans)\(device.map { "（\($0)）" } ?? " ")\($0.count) 张" }
        let en = wanting.map { "\($0.count) × \($0.subject.name.en)\(device.map { " of \($0)" } ?? "")" }
        return Bilingual("还缺照片：" + zh.joined(separator: "，或"), en: "Photos still needed: " + en.joined(separator: ", or "))
    }
}
