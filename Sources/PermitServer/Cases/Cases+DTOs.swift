import Foundation
import PermitCommands
import PermitCore
import Vapor

/// The wire types of the case capability.
extension API {
    struct OpenCaseDTO: Content {
        let process: String
        let subject: String
        let team: [String]?
        let agency: String?
    }

    /// A text written here (`kind` text or absent, with `text`), or a
    /// finished upload recorded as a `photo`, `video` or `scan`.
    struct RecordInputDTO: Content {
        let kind: String?
        let text: String?
        let upload: String?
        let label: String?
        let supersedes: String?
        /// A photo's `PhotoSubject`, and the device it shows.
        let subject: String?
        let device: String?
        /// A text on a prescribed form (`TextForm`), field by field.
        let form: String?
        let fields: [String: String]?
    }

    struct ExemptionInputDTO: Content {
        let ground: String
        let statement: String
    }

    struct ReasonDTO: Content {
        let reason: String
    }

    struct CaseDTO: Content {
        struct Subject: Content {
            let kind: String
            let creditCode: String
            let name: String
        }

        struct Member: Content {
            let username: String
            let displayName: String
        }

        struct Pause: Content {
            let from: String
            let until: String?
            let reason: String
        }

        let number: String
        let process: String
        let processVersion: Int
        let processName: String
        let subject: Subject
        let district: String?
        let agency: String?
        let status: String
        let openedAt: Date
        let openedBy: String
        let closedAt: Date?
        /// 立卷归档 due date once closed (ARC-2), for processes that have one.
        let filingDue: String?
        let clockPaused: Bool
        let pauses: [Pause]
        let team: [Member]
        let nodes: [NodeDTO]
        /// The team's statement of its on-site check, for those who read the records.
        let onSiteCheck: OnSiteCheckDTO?
        /// Where the videos fail to cover the check in one recording (REC-5).
        let continuity: [EvidenceProblemDTO]

        init(_ view: CaseView, language: Language, today: CivilDate) {
            let subject = view.case
            number = subject.number.description
            process = subject.process.rawValue
            processVersion = subject.processVersion
            processName = view.definition.name.text(language)
            self.subject = Subject(kind: subject.subject.kind.rawValue, creditCode: subject.subject.creditCode.rawValue, name: subject.subject.name)
            district = subject.district?.rawValue
            agency = subject.agency?.rawValue
            status = subject.isClosed ? "closed" : "open"
            openedAt = subject.openedAt
            openedBy = subject.openedBy.rawValue
            closedAt = subject.closedAt
            filingDue = view.filing?.dueDate?.description
            clockPaused = subject.clock.isPaused
            pauses = subject.clock.pauses.map { Pause(from: $0.from.description, until: $0.until?.description, reason: $0.reason) }
            team = subject.team.map { Member(username: $0.username.rawValue, displayName: $0.displayName) }
            nodes = view.definition.nodes.map { NodeDTO($0, in: view, language: language, today: today) }
            onSiteCheck = view.evidence.check.map(OnSiteCheckDTO.init)
            continuity = EvidenceReview.continuity(in: subject, evidence: view.evidence).map { EvidenceProblemDTO($0, language: language) }
        }
    }

    struct NodeDTO: Content {
        struct ExemptionDTO: Content {
            let ground: String
            /// Shown to those who read the case's records only.
            let statement: String?
            let recordedAt: Date
            let recordedBy: String
        }

        let id: String
        let name: String
        let stage: String
        let status: String
        let forms: [String]
        let missing: [String]
        let due: String?
        let overdue: Bool
        let paused: Bool
        let whereApplicable: Bool
        let disclosed: Bool
        let ready: Bool
        let exemption: ExemptionDTO?
        let notApplicableReason: String?
        let settledAt: Date?
        let settledBy: String?
        let records: [RecordDTO]
        /// What the reviewer must look at before completing: each record's
        /// problems and the photos the checklist still wants (REC-4, REC-5, REC-7).
        let evidenceProblems: [EvidenceProblemDTO]

        init(_ node: NodeDefinition, in view: CaseView, language: Language, today: CivilDate) {
            let state = view.case.node(node.id), now = view.state(of: node.id, today: today)
            let reads = now.readable
            id = node.id.rawValue
            name = node.name.text(language)
            stage = node.stage.text(language)
            status = now.status.rawValue
            forms = node.requirements.map(\.description)
            missing = now.missing.map(\.description)
            due = now.standing?.dueDate?.description
            paused = now.standing?.isPaused ?? false
            overdue = now.overdue
            whereApplicable = node.whereApplicable
            disclosed = node.disclosed
            ready = view.machine.isReady(node.id, in: view.case)
            exemption = state?.exemption.map {
                ExemptionDTO(ground: $0.ground.rawValue, statement: reads ? $0.statement : nil, recordedAt: $0.recordedAt, recordedBy: $0.recordedBy.rawValue)
            }
            notApplicableReason = reads ? state?.notApplicableReason : nil
            settledAt = state?.settledAt
            settledBy = state?.settledBy?.rawValue
            records = reads ? view.case.records.filter { $0.node == node.id }.map { RecordDTO($0, in: view.case, evidence: view.evidence, language: language) } : []
            evidenceProblems = reads
                ? EvidenceReview.problems(at: node.id, in: view.case, evidence: view.evidence).map { EvidenceProblemDTO($0, language: language) } : []
        }
    }

    struct RecordDTO: Content {
        let id: String
        let node: String
        let kind: String
        let label: String
        let text: String?
        let sha256: String?
        let supersedes: String?
        /// Whether a later record corrects this one.
        let superseded: Bool
        let recordedAt: Date
        let recordedBy: String
        let size: Int?
        let mediaType: String?
        let width: Int?
        let height: Int?
        let durationSeconds: Double?
        let capturedAt: Date?
        let latitude: Double?
        let longitude: Double?
        let fileName: String?
        let problems: [String]?
        let subject: String?
        let device: String?
        /// The review agency's standing review (REC-10), for photos and videos.
        let review: ReviewDTO?
        let form: String?
        /// For a video of a step with spoken statements: each item, with
        /// where in the video it is said once ticked (REC-5).
        let statements: [StatementDTO]?

        init(_ record: CaseRecord, in subject: Case, evidence: CaseEvidence, language: Language) {
            review = evidence.reviews[record.id].map(ReviewDTO.init)
            statements = StatementDTO.all(of: record, evidence: evidence, language: language)
            form = record.textForm?.rawValue
            let evidence = record.evidence
            size = evidence?.size
            mediaType = evidence?.mediaType
            width = evidence?.width
            height = evidence?.height
            durationSeconds = evidence?.durationSeconds
            capturedAt = evidence?.capturedAt
            latitude = evidence?.latitude
            longitude = evidence?.longitude
            fileName = evidence?.fileName
            problems = evidence?.problems
            self.subject = evidence?.subject
            device = evidence?.device
            id = record.id.description
            node = record.node.rawValue
            kind = record.form.rawValue
            label = record.label
            text = record.text
            sha256 = record.sha256
            supersedes = record.supersedes?.description
            superseded = subject.records.contains { $0.supersedes == record.id }
            recordedAt = record.recordedAt
            recordedBy = record.recordedBy.rawValue
        }
    }

    struct ReviewDTO: Content {
        let decision: String
        let reason: String?
        let reviewer: String
        let reviewedAt: Date

        init(_ review: RecordReview) {
            decision = review.decision.rawValue
            reason = review.reason
            reviewer = review.reviewer.rawValue
            reviewedAt = review.reviewedAt
        }
    }

    struct EvidenceProblemDTO: Content {
        let code: String
        let message: String

        init(_ problem: EvidenceProblem, language: Language) {
            code = problem.code
            message = problem.message.text(language)
        }
    }

    struct WorkItemDTO: Content {
        let caseNumber: String
        let process: String
        let subject: String
        /// The node's id, `filing` for 立卷归档, or `save-recordings` for the
        /// on-site check's recordings due 24 hours after it ended (REC-7).
        let task: String
        let name: String
        let due: String?
        /// The exact moment, where the period is counted in hours.
        let dueAt: Date?
        /// The nodes the task concerns, where it is not one node.
        let nodes: [String]?
        let paused: Bool
        let overdue: Bool

        init(_ item: WorkItem, language: Language, now: Date) {
            caseNumber = item.caseNumber.description
            process = item.process.rawValue
            subject = item.subjectName
            task = item.task.key
            if case .saveRecordings(let due, let awaited) = item.task {
                (dueAt, nodes) = (due, awaited.map(\.rawValue))
            } else {
                (dueAt, nodes) = (nil, nil)
            }
            name = item.name.text(language)
            due = item.standing?.dueDate?.description
            paused = item.standing?.isPaused ?? false
            overdue = item.isOverdue(at: now)
        }
    }

    struct ProcessDTO: Content {
        struct Node: Content {
            let id: String
            let stage: String
            let name: String
            let forms: [String]
            let whereApplicable: Bool
            let disclosed: Bool
            let deadline: String?
            let after: [String]
            let performers: [String]
        }

        let id: String
        let version: Int
        let name: String
        let caseKind: String
        let subject: String
        let filing: String?
        let nodes: [Node]

        init(_ definition: ProcessDefinition, language: Language) {
            id = definition.id.rawValue
            version = definition.version
            name = definition.name.text(language)
            caseKind = definition.caseKind.rawValue
            subject = definition.subject.rawValue
            filing = definition.filing?.wording(language)
            nodes = definition.nodes.map { node in
                Node(
                    id: node.id.rawValue, stage: node.stage.text(language), name: node.name.text(language),
                    forms: node.requirements.map(\.description), whereApplicable: node.whereApplicable, disclosed: node.disclosed,
                    deadline: node.deadline?.wording(language), after: definition.predecessors(of: node).map(\.rawValue),
                    performers: node.performers.map(\.rawValue).sorted()
                )
            }
        }
    }

    struct AgencyDTO: Content {
        let id: String
        let creditCode: String
        let name: String
        let district: String?

        init(_ agency: TestingAgency) {
            id = agency.id.description
            creditCode = agency.creditCode.rawValue
            name = agency.name
            district = agency.district?.rawValue
        }
    }

    struct NewAgencyDTO: Content {
        let creditCode: String
        let name: String
        let district: String?
    }
}
