/// 一企一证 (LIC-8): a holder's several certificates become one at its next
/// renewal, change or reissue — the products of all on the one issued, the
/// others marked merged. A renewal's five new years cover them all; a
/// change or reissue keeps the earliest expiry among them, since merging
/// must never lengthen a licence the bureau did not review.
extension Certificate {
    public func absorbing(_ others: [Certificate], keepingEarliestExpiry: Bool) -> Certificate {
        var merged = self
        for other in others {
            merged.products += other.products.filter { product in !merged.products.contains { $0.unit == product.unit } }
            if keepingEarliestExpiry { merged.validUntil = min(merged.validUntil, other.validUntil) }
        }
        return merged
    }
}
