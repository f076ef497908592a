import Foundation

extension EvidenceProblem {
    /// What the reviewer reads, in both languages, times in China time.
    public var message: Bilingual {
        switch self {
        case .photoBelowFiveMegapixels(let size):
            // 万 in Chinese, millions in English, rounded down so 4.99 million never reads as 5.
            let tenThousands = size.pixels / 10_000
            let millions = "\(size.pixels / 1_000_000).\(size.pixels / 100_000 % 10)"
            return Bilingual(
                "照片为 \(size.width)×\(size.height) 像素（\(tenThousands) 万），低于规定的 500 万像素。",
                en: "The photo is \(size.width)×\(size.height) pixels (\(millions) million), below the required 5 million."
            )
        case .photoSizeUnknown:
            return Bilingual(
                "无法从文件读出照片的像素，请人工核对是否达到 500 万像素。",
                en: "The photo's size cannot be read from the file; check by eye that it has 5 million pixels or more."
            )
        case .photoMissing(let shortfall):
            return shortfall.message
        }
    }
}
