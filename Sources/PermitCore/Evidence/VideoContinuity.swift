import Foundation

/// REC-5: 现场核查环节开始至核查环节结束 one continuous recording, not
/// stopped except for technical reasons. Recorders split long recordings
/// into files, so continuity is judged across the node's files laid end to
/// end on the clock.
public enum VideoContinuity {
    /// How far apart two files may be and still count as one recording:
    /// recorders stamp the start to the whole second and lose a frame or so
    /// at each split.
    public static let defaultSlack: TimeInterval = 2

    /// Every way `videos` fall short of covering `check`: a first file
    /// starting late, a gap between files, a last file ending early, and the
    /// files whose start or length is unknown (after such a file nothing can
    /// be said until the next known start). Files wholly outside the check
    /// are left aside; overlapping files cover their union.
    public static func problems(
        check: DateInterval, videos: [RecordedVideo], slack: TimeInterval = defaultSlack
    ) -> [EvidenceProblem] {
        var problems: [EvidenceProblem] = []
        for video in videos {
            if video.startedAt == nil { problems.append(.videoStartUnknown(video.reference)) }
            if video.duration == nil { problems.append(.videoDurationUnknown(video.reference)) }
        }
        let timeline = videos
            .filter { video in
                guard let start = video.startedAt, start < check.end else { return false }
                return video.endedAt.map { $0 > check.start } ?? true
            }
            .sorted { ($0.startedAt!, $0.reference.record) < ($1.startedAt!, $1.reference.record) }
        guard !timeline.isEmpty else {
            return problems + [.videoNoneDuringCheck(check)]
        }
        // How far the recording is known to reach, and the file that
        // reaches there; nil after a file of unknown length.
        var covered: Date? = check.start
        var reaching: VideoReference?
        for video in timeline {
            let start = video.startedAt!
            if let covered, start.timeIntervalSince(covered) > slack {
                if let reaching {
                    problems.append(.videoGap(after: reaching, before: video.reference, from: covered, to: start))
                } else {
                    problems.append(.videoStartsAfterCheckBegan(video.reference, checkStart: check.start, recordingStart: start))
                }
            }
            if let end = video.endedAt {
                if covered.map({ end >= $0 }) ?? true {
                    (covered, reaching) = (end, video.reference)
                }
            } else {
                (covered, reaching) = (nil, video.reference)
            }
        }
        if let covered, let reaching, check.end.timeIntervalSince(covered) > slack {
            problems.append(.videoEndsBeforeCheckEnded(reaching, recordingEnd: covered, checkEnd: check.end))
        }
        return problems
    }
}
