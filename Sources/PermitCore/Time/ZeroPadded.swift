extension BinaryInteger {
    /// The decimal digits of a non-negative value, zero-padded on the left
    /// to at least `width` digits: `7.zeroPadded(3)` is `007`. Dates,
    /// times and every number format of the registry are written this way.
    public func zeroPadded(_ width: Int) -> String {
        let digits = String(self)
        return String(repeating: "0", count: Swift.max(0, width - digits.count)) + digits
    }
}
