import Foundation

/// 现场核查环节记录重点要求 — what the reviewer filming a step must say on
/// camera (REC-5). The technical review agency ticks each item at the
/// moment of the video where it is said (REC-10), so the statement can be
/// found again without watching the whole recording.
public struct StatementChecklist: Hashable, Sendable {
    public var node: NodeKey
    public var items: [StatementItem]

    public init(node: NodeKey, items: [StatementItem]) {
        self.node = node
        self.items = items
    }

    /// The items no tick of this node's videos marks, in checklist order.
    /// A tick for an item the checklist does not have is ignored.
    public func unticked(_ ticks: [StatementTick]) -> [StatementItem] {
        let ticked = Set(ticks.map(\.item))
        return items.filter { !ticked.contains($0.id) }
    }

    public func problems(_ ticks: [StatementTick]) -> [EvidenceProblem] {
        unticked(ticks).map { .statementMissing(node: node, $0) }
    }
}

/// One thing to be said on camera.
public struct StatementItem: Hashable, Sendable {
    /// Stable within the checklist, e.g. `address-matches`.
    public var id: String
    public var name: Bilingual

    public init(id: String, name: Bilingual) {
        self.id = id
        self.name = name
    }
}

/// Where in which video an item is said.
public struct StatementTick: Hashable, Sendable {
    public var item: String
    public var video: CaseRecordID
    /// Seconds from the start of the video.
    public var offset: Int

    public init(item: String, video: CaseRecordID, offset: Int) {
        self.item = item
        self.video = video
        self.offset = offset
    }

    /// Whether the tick points inside `video`: the same record, and an
    /// offset within its length where the length is known.
    public func fits(_ video: RecordedVideo) -> Bool {
        guard video.reference.record == self.video, offset >= 0 else { return false }
        return video.duration.map { TimeInterval(offset) <= $0 } ?? true
    }
}
