extension Optional {
    /// `map` for a transform that awaits, such as a lookup in the store.
    public func asyncMap<U>(_ transform: (Wrapped) async throws -> U) async rethrows -> U? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
