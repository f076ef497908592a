/// An error that knows the problem it answers a caller with. Each capability
/// makes its own errors conform in a file beside it (`Problem+Accounts.swift`,
/// `Problem+Catalogue.swift`, …), so adding a capability adds a file rather
/// than a case to the central switch in `Problem.init(_:maxBodySize:)`.
protocol ProblemConvertible: Error {
    var problem: Problem { get }
}
