import Foundation

/// What a reviewer must look at in a node's evidence before completing it:
/// each original's own problems, and the photos seed 000's checklist still
/// wants. Worked out from the records alone, so the API, the page and the
/// record's stored codes agree.
public enum EvidenceReview {
    /// One record's problems: the photo resolution rule (REC-4), what a
    /// video does not say about itself, and the 24-hour saving rule (REC-7)
    /// measured from the end of recording to the moment it was recorded.
    public static func problems(of record: CaseRecord) -> [EvidenceProblem] {
        guard let evidence = record.evidence else { return [] }
        switch record.form {
        case .photo:
            let size = pixelSize(evidence.width, evidence.height)
            return [PhotoRules.resolutionProblem(size)].compactMap { $0 }
        case .video:
            let video = recordedVideo(record).reference
            guard let start = evidence.capturedAt else { return [.videoStartUnknown(video)] }
            guard let duration = evidence.durationSeconds else { return [.videoDurationUnknown(video)] }
            let ended = start.addingTimeInterval(duration)
            return [UploadDeadline.problem(recordingEnded: ended, uploadedAt: record.recordedAt)].compactMap { $0 }
        case .scan, .text:
            return []
        }
    }

    /// Everything a node's standing records leave to look at: their own
    /// problems, the photos the checklist still wants of the site and of
    /// the devices the team stated (REC-4), and the statements no tick
    /// finds in its videos yet (REC-5).
    public static func problems(at node: NodeKey, in subject: Case, evidence: CaseEvidence = CaseEvidence()) -> [EvidenceProblem] {
        let records = subject.standingRecords(of: node)
        var found = records.flatMap(problems(of:))
        // A written statement replaced the node's recording (REC-8): no
        // checklist is held against what was not recorded.
        guard subject.process == ProcessDefinition.licenseOnSiteReview.id, subject.node(node)?.exemption == nil else { return found }
        if let checklist = PhotoChecklist.licenseOnSiteReview(node) {
            let photos = records.filter { $0.form == .photo }.compactMap { record -> TaggedPhoto? in
                guard let tag = record.evidence?.subject.flatMap(PhotoSubject.init(rawValue:)) else { return nil }
                return TaggedPhoto(tag, device: record.evidence?.device)
            }
            let devices = evidence.check?.devices(at: node) ?? []
            found += checklist.missing(photos: photos, devices: devices).map(EvidenceProblem.photoMissing)
        }
        // Statements are looked for once there is a video to find them in;
        // a node without one already lacks a required record.
        let videos = Set(records.filter { $0.form == .video }.map(\.id))
        if !videos.isEmpty, let checklist = StatementChecklist.licenseOnSiteReview(node) {
            found += checklist.problems(evidence.ticks.filter { videos.contains($0.video) })
        }
        return found
    }

    /// Whether the standing videos of the on-site check cover it from start
    /// to end in one recording (REC-5); nothing to say before the team has
    /// stated when the check ended.
    public static func continuity(in subject: Case, evidence: CaseEvidence) -> [EvidenceProblem] {
        guard subject.process == ProcessDefinition.licenseOnSiteReview.id, let check = evidence.check?.interval else { return [] }
        let superseded = Set(subject.records.compactMap(\.supersedes))
        let videos = subject.records.filter { $0.form == .video && !superseded.contains($0.id) }.map(recordedVideo)
        // What a file does not say of itself is each record's own problem.
        return VideoContinuity.problems(check: check, videos: videos).filter {
            switch $0 {
            case .videoStartUnknown, .videoDurationUnknown: false
            default: true
            }
        }
    }

    /// The nodes whose recordings are still awaited once the check has
    /// ended: those requiring a video that have none standing, are still
    /// open and were not exempted from recording (REC-8).
    public static func recordingsAwaited(in subject: Case, definition: ProcessDefinition) -> [NodeKey] {
        definition.nodes.filter { node in
            node.requirements.contains { $0.forms.contains(.video) }
                && subject.node(node.id)?.status == .open && subject.node(node.id)?.exemption == nil
                && !subject.standingRecords(of: node.id).contains { $0.form == .video }
        }.map(\.id)
    }

    /// The record as the continuity rule sees a video.
    public static func recordedVideo(_ record: CaseRecord) -> RecordedVideo {
        RecordedVideo(
            VideoReference(record: record.id, label: record.label.isEmpty ? record.form.name.zhHans : record.label),
            startedAt: record.evidence?.capturedAt, duration: record.evidence?.durationSeconds
        )
    }
}

/// Both sides read, or the size is unknown.
private func pixelSize(_ width: Int?, _ height: Int?) -> PixelSize? {
    guard let width, let height else { return nil }
    return PixelSize(width: width, height: height)
}
