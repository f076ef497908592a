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
            let video = VideoReference(record: record.id, label: record.label.isEmpty ? record.form.name.zhHans : record.label)
            guard let start = evidence.capturedAt else { return [.videoStartUnknown(video)] }
            guard let duration = evidence.durationSeconds else { return [.videoDurationUnknown(video)] }
            let ended = start.addingTimeInterval(duration)
            return [UploadDeadline.problem(recordingEnded: ended, uploadedAt: record.recordedAt)].compactMap { $0 }
        case .scan, .text:
            return []
        }
    }

    /// Everything a node's current records (those no later record
    /// corrects) leave to look at. Key devices come from the product's
    /// implementation rules; until a case names them, the devices the
    /// photos name are the ones checked for a metrology label's absence.
    public static func problems(at node: NodeKey, in subject: Case, devices: [KeyDevice] = []) -> [EvidenceProblem] {
        let corrected = Set(subject.records.compactMap(\.supersedes))
        let records = subject.records.filter { $0.node == node && !corrected.contains($0.id) }
        var found = records.flatMap(problems(of:))
        if subject.process == ProcessDefinition.licenseOnSiteReview.id, let checklist = PhotoChecklist.licenseOnSiteReview(node) {
            let photos = records.filter { $0.form == .photo }.compactMap { record -> TaggedPhoto? in
                guard let tag = record.evidence?.subject.flatMap(PhotoSubject.init(rawValue:)) else { return nil }
                return TaggedPhoto(tag, device: record.evidence?.device)
            }
            found += checklist.missing(photos: photos, devices: devices).map(EvidenceProblem.photoMissing)
        }
        return found
    }
}

/// Both sides read, or the size is unknown.
private func pixelSize(_ width: Int?, _ height: Int?) -> PixelSize? {
    guard let width, let height else { return nil }
    return PixelSize(width: width, height: height)
}
