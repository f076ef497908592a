/// Small strict text helpers shared by the number formats in this folder.
/// Internal so the rest of PermitCore keeps its own vocabulary.
enum NumberingSyntax {
    /// The value of `text` if it is exactly `count` ASCII digits.
    static func digits(_ text: some StringProtocol, count: Int) -> Int? {
        guard text.utf8.count == count, text.count == count else { return nil }
        var value = 0
        for byte in text.utf8 {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
