import Foundation

extension EvidenceProblem {
    /// What the reviewer reads, in both languages, times in China time.
    public var message: Bilingual {
        let time = EvidenceText.time
        let length = EvidenceText.duration
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
        case .videoNoneDuringCheck(let check):
            return Bilingual(
                "现场核查期间（\(time(check.start)) 至 \(time(check.end))）没有视频记录。",
                en: "No video covers the on-site check (\(time(check.start)) to \(time(check.end)))."
            )
        case .videoStartsAfterCheckBegan(let video, let checkStart, let recordingStart):
            let late = length(recordingStart.timeIntervalSince(checkStart))
            return Bilingual(
                "视频“\(video.label)”于 \(time(recordingStart)) 开始录制，比现场核查开始时间 \(time(checkStart)) 晚 \(late.zhHans)。",
                en: "Video “\(video.label)” starts at \(time(recordingStart)), \(late.en) after the on-site check began at \(time(checkStart))."
            )
        case .videoEndsBeforeCheckEnded(let video, let recordingEnd, let checkEnd):
            let early = length(checkEnd.timeIntervalSince(recordingEnd))
            return Bilingual(
                "视频“\(video.label)”于 \(time(recordingEnd)) 结束录制，比现场核查结束时间 \(time(checkEnd)) 早 \(early.zhHans)。",
                en: "Video “\(video.label)” ends at \(time(recordingEnd)), \(early.en) before the on-site check ended at \(time(checkEnd))."
            )
        case .videoGap(let after, let before, let from, let to):
            let gap = length(to.timeIntervalSince(from))
            return Bilingual(
                "视频“\(after.label)”与“\(before.label)”之间有 \(gap.zhHans) 未录制（\(time(from)) 至 \(time(to))）。",
                en: "Nothing was recorded for \(gap.en) between video “\(after.label)” and “\(before.label)” (\(time(from)) to \(time(to)))."
            )
        case .videoDurationUnknown(let video):
            return Bilingual(
                "无法读出视频“\(video.label)”的时长，其后的录像是否连续无法核对。",
                en: "The length of video “\(video.label)” cannot be read, so whether recording continued after it cannot be checked."
            )
        case .videoStartUnknown(let video):
            return Bilingual(
                "无法读出视频“\(video.label)”的开始录制时间，无法核对录像是否连续。",
                en: "When video “\(video.label)” was recorded cannot be read, so its continuity cannot be checked."
            )
        case .statementMissing(_, let item):
            return Bilingual(
                "尚未在视频中标出对“\(item.name.zhHans)”的说明。",
                en: "No point in the videos is marked yet where “\(item.name.en)” is stated."
            )
        case .recordLate(let recordingEnded, let due, let uploadedAt):
            let late = length(uploadedAt.timeIntervalSince(due))
            return Bilingual(
                "录制于 \(time(recordingEnded)) 结束，应在 \(time(due)) 前保存，实际上传于 \(time(uploadedAt))，超时 \(late.zhHans)。",
                en: "Recording ended at \(time(recordingEnded)) and was due by \(time(due)); it was uploaded at \(time(uploadedAt)), \(late.en) late."
            )
        }
    }
}
