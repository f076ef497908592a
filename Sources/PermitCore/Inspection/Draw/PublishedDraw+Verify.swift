/// The result of re-running a published draw.
public enum DrawVerification: Hashable, Sendable {
    case ok
    case failed(DrawDiscrepancy)
}

/// The first place a published draw differs from its re-run, in the order a
/// reader would check it: key, tiers, inspector pools, matching.
public enum DrawDiscrepancy: Hashable, Sendable, CustomStringConvertible {
    case unsupportedFormat(String)
    /// The file's own inputs do not allow a draw.
    case inputs(DrawError)
    case keyString(published: String, recomputed: String)
    case tierPool(RiskTier, position: Int)
    case tierCount(RiskTier, published: Int, recomputed: Int)
    case tierKey(RiskTier, published: String, recomputed: String)
    /// `index` is the step's 1-based index; a nil step is one the other side lacks.
    case tierStep(RiskTier, index: Int, published: RFC3797Step?, recomputed: RFC3797Step?)
    case tierSelected(RiskTier, index: Int)
    case inspectorPool(district: String, position: Int)
    case matchingCount(published: Int, recomputed: Int)
    /// The n-th (1-based) matching entry names another enterprise, district, key, priority or candidate list.
    case matchingEntry(Int, field: String, published: String, recomputed: String)
    case matchingStep(enterprise: String, index: Int, published: RFC3797Step?, recomputed: RFC3797Step?)
    case matchingInspectors(enterprise: String)
    /// Anything else the checks above do not name.
    case other

    public var description: String {
        switch self {
        case .unsupportedFormat(let format): "unsupported format \"\(format)\", expected \"\(PublishedDraw.currentFormat)\""
        case .inputs(let error): "the published inputs do not allow a draw: \(error)"
        case .keyString(let published, let recomputed): "key string is \"\(published)\", the sources give \"\(recomputed)\""
        case .tierPool(let tier, let position): "tier \(tier.rawValue): pool numbering differs at position \(position)"
        case .tierCount(let tier, let published, let recomputed): "tier \(tier.rawValue): count is \(published), the ratio gives \(recomputed)"
        case .tierKey(let tier, let published, let recomputed): "tier \(tier.rawValue): key is \"\(published)\", expected \"\(recomputed)\""
        case .tierStep(let tier, let index, let published, let recomputed):
            "tier \(tier.rawValue) step \(index): \(Self.describe(published)) published, \(Self.describe(recomputed)) recomputed"
        case .tierSelected(let tier, let index): "tier \(tier.rawValue): selected enterprise \(index) differs from the step's pool position"
        case .inspectorPool(let district, let position): "inspector pool of district \(district): numbering differs at position \(position)"
        case .matchingCount(let published, let recomputed): "matching lists \(published) enterprises, the draw gives \(recomputed)"
        case .matchingEntry(let index, let field, let published, let recomputed):
            "matching entry \(index): \(field) is \"\(published)\", recomputed \"\(recomputed)\""
        case .matchingStep(let enterprise, let index, let published, let recomputed):
            "matching of \(enterprise) step \(index): \(Self.describe(published)) published, \(Self.describe(recomputed)) recomputed"
        case .matchingInspectors(let enterprise): "matching of \(enterprise): inspectors differ from the steps' selections"
        case .other: "the file differs from the re-run draw"
        }
    }

    private static func describe(_ step: RFC3797Step?) -> String {
        guard let step else { return "no step" }
        return "MD5 \(step.md5) mod \(step.divisor) = \(step.remainder) → position \(step.selected)"
    }
}

extension PublishedDraw {
    /// Re-runs the draw from the file's inputs and compares every derived
    /// value with what the file publishes.
    public func verify() -> DrawVerification {
        guard format == Self.currentFormat else { return .failed(.unsupportedFormat(format)) }
        let again: PublishedDraw
        do { again = try PublishedDraw(drawing: inputs) } catch { return .failed(.inputs(error)) }
        if let discrepancy = firstDiscrepancy(from: again) { return .failed(discrepancy) }
        return self == again ? .ok : .failed(.other)
    }

    private func firstDiscrepancy(from again: PublishedDraw) -> DrawDiscrepancy? {
        if keyString != again.keyString { return .keyString(published: keyString, recomputed: again.keyString) }
        for (published, recomputed) in zip(tiers, again.tiers) {
            if let discrepancy = Self.compare(published, recomputed) { return discrepancy }
        }
        for (published, recomputed) in zip(inspectorPools, again.inspectorPools) {
            if let position = Self.firstDifference(published.inspectors, recomputed.inspectors) {
                return .inspectorPool(district: published.district, position: position + 1)
            }
        }
        if matching.count != again.matching.count { return .matchingCount(published: matching.count, recomputed: again.matching.count) }
        for (offset, (published, recomputed)) in zip(matching, again.matching).enumerated() {
            if let discrepancy = Self.compare(published, recomputed, entry: offset + 1) { return discrepancy }
        }
        return nil
    }

    private static func compare(_ published: TierDraw, _ recomputed: TierDraw) -> DrawDiscrepancy? {
        let tier = published.tier
        if let position = firstDifference(published.pool, recomputed.pool) { return .tierPool(tier, position: position + 1) }
        if published.count != recomputed.count { return .tierCount(tier, published: published.count, recomputed: recomputed.count) }
        if published.key != recomputed.key { return .tierKey(tier, published: published.key, recomputed: recomputed.key) }
        if let index = firstDifference(published.steps, recomputed.steps) {
            return .tierStep(tier, index: index + 1, published: published.steps[safe: index], recomputed: recomputed.steps[safe: index])
        }
        if let index = firstDifference(published.selected, recomputed.selected) { return .tierSelected(tier, index: index + 1) }
        return nil
    }

    private static func compare(_ published: EnterpriseMatch, _ recomputed: EnterpriseMatch, entry: Int) -> DrawDiscrepancy? {
        if published.enterprise != recomputed.enterprise {
            return .matchingEntry(entry, field: "enterprise", published: published.enterprise, recomputed: recomputed.enterprise)
        }
        if published.district != recomputed.district {
            return .matchingEntry(entry, field: "district", published: published.district, recomputed: recomputed.district)
        }
        if published.key != recomputed.key { return .matchingEntry(entry, field: "key", published: published.key, recomputed: recomputed.key) }
        if published.priority != recomputed.priority {
            return .matchingEntry(
                entry, field: "priority", published: published.priority.joined(separator: " "), recomputed: recomputed.priority.joined(separator: " ")
            )
        }
        if published.candidates != recomputed.candidates {
            return .matchingEntry(
                entry, field: "candidates", published: published.candidates.joined(separator: " "),
                recomputed: recomputed.candidates.joined(separator: " ")
            )
        }
        if let index = firstDifference(published.steps, recomputed.steps) {
            return .matchingStep(
                enterprise: published.enterprise, index: index + 1, published: published.steps[safe: index], recomputed: recomputed.steps[safe: index]
            )
        }
        if published.inspectors != recomputed.inspectors { return .matchingInspectors(enterprise: published.enterprise) }
        return nil
    }

    /// The first index where the lists differ, counting a missing element as a difference.
    private static func firstDifference<Element: Equatable>(_ lhs: [Element], _ rhs: [Element]) -> Int? {
        if let index = zip(lhs, rhs).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset { return index }
        return lhs.count == rhs.count ? nil : min(lhs.count, rhs.count)
    }
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
