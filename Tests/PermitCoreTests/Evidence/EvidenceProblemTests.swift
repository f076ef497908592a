import Foundation
import PermitCore
import Testing

@Suite("Evidence problems — stable codes and words in both languages")
struct EvidenceProblemTests {
    static let oneOfEach: [EvidenceProblem] = [
        .photoBelowFiveMegapixels(PixelSize(width: 1, height: 1)),
        .photoSizeUnknown,
        .photoMissing(PhotoShortfall(item: "factory-gate", device: nil, wanting: [PhotoCount(.factoryGate, 1)])),
    ]

    @Test("Every code is distinct, dotted and lower-case")
    func codes() {
        let codes = Self.oneOfEach.map(\.code)
        #expect(Set(codes).count == codes.count)
        #expect(codes.allSatisfy { $0.contains(".") && $0 == $0.lowercased() && !$0.contains(" ") })
        #expect(codes.contains("photo.below-5-megapixels"))
    }

    @Test("Every message has Chinese and English")
    func messages() {
        for problem in Self.oneOfEach {
            let message = problem.message
            #expect(message.zhHans.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(problem.code)")
            #expect(!message.en.isEmpty && message.en.unicodeScalars.allSatisfy { $0.value < 0x3000 }, "\(problem.code)")
        }
    }
}
