/// The checks a definition passes before it is published: a case must be
/// able to reach its end on it.
extension ProcessDefinition {
    public enum Problem: Hashable, Sendable {
        case noNodes
        case versionNotPositive
        case duplicateNode(NodeKey)
        /// A node may follow only nodes listed before it, so the order is a
        /// valid order of work and the flow has no cycle.
        case followsLaterOrUnknownNode(NodeKey, NodeKey)
        case nodeWithoutRecords(NodeKey)
        case nodeWithoutPerformers(NodeKey)
        case periodNotPositive(NodeKey)
        /// Nothing follows the end of the case but filing.
        case startsAtClosing(NodeKey)
    }

    public var problems: [Problem] {
        var problems: [Problem] = []
        if nodes.isEmpty { problems.append(.noNodes) }
        if version < 1 { problems.append(.versionNotPositive) }
        var seen: Set<NodeKey> = []
        for node in nodes {
            if seen.contains(node.id) { problems.append(.duplicateNode(node.id)) }
            for predecessor in node.after ?? [] where !seen.contains(predecessor) {
                problems.append(.followsLaterOrUnknownNode(node.id, predecessor))
            }
            seen.insert(node.id)
            if node.requirements.isEmpty || node.requirements.contains(where: \.forms.isEmpty) {
                problems.append(.nodeWithoutRecords(node.id))
            }
            if node.performers.isEmpty { problems.append(.nodeWithoutPerformers(node.id)) }
            if let deadline = node.deadline {
                if deadline.count < 1 { problems.append(.periodNotPositive(node.id)) }
                if deadline.start == .caseClosed { problems.append(.startsAtClosing(node.id)) }
            }
        }
        return problems
    }
}
