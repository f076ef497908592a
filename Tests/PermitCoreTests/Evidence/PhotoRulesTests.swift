import PermitCore
import Testing

@Suite("Photo resolution — 有效像素500万以上 (REC-4)")
struct PhotoRulesTests {
    @Test("Five million pixels or more pass; fewer are refused with the size", arguments: [
        (2592, 1944, true),  // the classic 5-megapixel sensor: 5 038 848
        (2500, 2000, true),  // exactly 5 000 000: 以上 includes it
        (4032, 3024, true),
        (2560, 1920, false),  // sold as "5 MP", 4 915 200
        (2499, 2000, false),
        (1920, 1080, false),
    ])
    func resolution(width: Int, height: Int, passes: Bool) {
        let size = PixelSize(width: width, height: height)
        let problem = PhotoRules.resolutionProblem(size)
        #expect(problem == (passes ? nil : .photoBelowFiveMegapixels(size)))
        #expect(problem?.code == (passes ? nil : "photo.below-5-megapixels"))
    }

    @Test("The message gives the size in the reader's units, rounded down")
    func message() {
        let message = EvidenceProblem.photoBelowFiveMegapixels(PixelSize(width: 2560, height: 1920)).message
        #expect(message.zhHans == "照片为 2560×1920 像素（491 万），低于规定的 500 万像素。")
        #expect(message.en == "The photo is 2560×1920 pixels (4.9 million), below the required 5 million.")
        #expect(EvidenceProblem.photoBelowFiveMegapixels(PixelSize(width: 4999, height: 1000)).message.en.contains("(4.9 million)"))
    }

    @Test("A size that cannot be read is reported, for a reviewer to check by eye")
    func unknown() {
        #expect(PhotoRules.resolutionProblem(nil) == .photoSizeUnknown)
        #expect(EvidenceProblem.photoSizeUnknown.code == "photo.size-unknown")
    }
}
