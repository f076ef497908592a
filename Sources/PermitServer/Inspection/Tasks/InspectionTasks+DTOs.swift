import Foundation
import PermitCommands
import PermitCore
import Vapor

/// The bodies the task API reads, every field optional so a missing one is
/// named by the rules rather than by the decoder.
extension API {
    struct AcknowledgementBody: Content {
        let refused: Bool?
        let opinion: String?
        let representative: String?
        let sealed: Bool?
        let refusalNote: String?

        var input: AcknowledgementInput {
            AcknowledgementInput(
                refused: refused ?? false, opinion: opinion ?? "", representative: representative ?? "", sealed: sealed ?? false,
                refusalNote: refusalNote ?? ""
            )
        }
    }

    struct RecordFormBody: Content {
        struct Item: Content {
            let record: String?
            let details: [String]?
            let conclusion: String?
            let note: String?
        }

        /// Item number ("1"…"11") → answer.
        let items: [String: Item]?
        let other: String?
        let problems: String?
        let conclusion: String?
        let enterprise: AcknowledgementBody?

        func input() throws -> RecordFormInput {
            var items: [Int: RecordFormInput.Item] = [:]
            for (key, item) in self.items ?? [:] {
                guard let number = Int(key) else { throw InvalidInput([FieldIssue(field: "items.\(key)", problem: .unknownValue(key))]) }
                items[number] = RecordFormInput.Item(record: item.record, details: item.details ?? [], conclusion: item.conclusion, note: item.note ?? "")
            }
            return RecordFormInput(
                items: items, other: other ?? "", problems: problems ?? "", conclusion: conclusion,
                enterprise: enterprise?.input ?? AcknowledgementInput()
            )
        }
    }

    struct EquipmentFormBody: Content {
        struct Device: Content {
            let kind: String?
            let name: String?
            let model: String?
            let found: String?
        }

        let devices: [Device]?
        let enterprise: AcknowledgementBody?

        var input: EquipmentFormInput {
            EquipmentFormInput(
                devices: (devices ?? []).map { .init(kind: $0.kind ?? "", name: $0.name ?? "", model: $0.model ?? "", found: $0.found ?? "") },
                enterprise: enterprise?.input ?? AcknowledgementInput()
            )
        }
    }

    /// 未检查（停产/转产）.
    struct NotCheckedBody: Content {
        let ground: String?
        let reason: String?
        let foundOn: String?
    }

    struct DeclarationBody: Content {
        let integrityCommitment: Bool?
        let certificateShown: Bool?
    }

    struct SignatureBody: Content {
        /// The digest of the version read, as the task shows it.
        let digest: String?
    }

    struct InspectorAccountBody: Content {
        let username: String?
    }

    struct InspectionTaskDTO: Content {
        struct Member: Content {
            let certificate: String
            let username: String
            let name: String
            let declared: Bool
        }

        struct Signature: Content {
            let certificate: String
            let name: String
            let at: Date
        }

        struct Form: Content {
            let digest: String
            let submittedAt: Date
            let signatures: [Signature]
            /// Signed by the whole team: the form is the record now.
            let final: Bool
            let unsigned: [String]
            /// The form as kept and printed.
            let text: String
            let print: String
        }

        struct Report: Content {
            let conclusion: String
            let problems: String
            let publishedOn: String
        }

        let caseNumber: String
        let plan: String
        let creditCode: String
        let enterpriseName: String
        let district: String
        let team: [Member]
        let checksDueOn: String
        let checkedOn: String?
        let reportDueOn: String?
        let recordForm: Form?
        let equipmentForm: Form?
        /// The conclusion the record form gives (合格 pass / 不合格 fail).
        let conclusion: String?
        let report: Report?
        let page: String

        init(_ task: InspectionTask, reportDue: CivilDate? = nil) {
            let number = task.caseNumber.description
            caseNumber = number
            plan = task.planIdentifier
            creditCode = task.enterprise.rawValue
            enterpriseName = task.enterpriseName
            district = task.district.rawValue
            team = task.team.map { Member(certificate: $0.certificate, username: $0.username.rawValue, name: $0.name, declared: task.hasDeclared($0.certificate)) }
            checksDueOn = task.checksDueOn.description
            checkedOn = task.checkedOn?.description
            reportDueOn = reportDue?.description
            func form<Body>(_ form: SignedForm<Body>?, _ kind: TaskFormKind, text: String?) -> Form? {
                form.map {
                    Form(
                        digest: $0.digest, submittedAt: $0.submittedAt, signatures: $0.signatures.map { Signature(certificate: $0.certificate, name: $0.name, at: $0.at) },
                        final: task.isFinal(kind), unsigned: task.unsigned(kind).map(\.name), text: text ?? "",
                        print: InspectionTaskURL.print(.value(number), .value(kind.rawValue)).path
                    )
                }
            }
            recordForm = form(task.recordForm, .record, text: task.recordForm?.body.text)
            equipmentForm = form(task.equipmentForm, .equipment, text: task.equipmentForm?.body.text)
            conclusion = task.recordForm?.body.conclusion.rawValue
            report = task.report.map { Report(conclusion: $0.conclusion.rawValue, problems: $0.problems, publishedOn: $0.publishedOn.description) }
            page = InspectionTaskURL.task(.value(number)).path
        }
    }

    /// 上期未检查，本期继续跟进: an earlier plan's task not checked.
    struct CarriedOverDTO: Content {
        let enterpriseName, creditCode, district, fromPlan, caseNumber, ground, reason, foundOn: String

        init?(_ task: InspectionTask) {
            guard let record = task.report?.notChecked else { return nil }
            enterpriseName = task.enterpriseName
            creditCode = task.enterprise.rawValue
            district = task.district.rawValue
            fromPlan = task.planIdentifier
            caseNumber = task.caseNumber.description
            ground = record.ground.rawValue
            reason = record.reason
            foundOn = record.foundOn.description
        }
    }

    struct InspectorAccountDTO: Content {
        let certificate: String
        let username: String
        let name: String
    }

    struct InspectionResultDTO: Content {
        let enterpriseName: String
        let creditCode: String
        let district: String
        let checkedOn: String?
        let publishedOn: String
        let conclusion: String
        let problems: String
    }

    struct InspectionRatesDTO: Content {
        struct Late: Content {
            let caseNumber: String
            let enterpriseName: String
            let district: String
            let lateness: String
            let due: String
        }

        struct Row: Content {
            let district: String?
            let name: String
            let tasks: Int
            let checked: Int
            let published: Int
            /// Percent (target 100); null without tasks.
            let completionRate: Int?
            let publicationRate: Int?
            let late: [Late]

            init(_ row: InspectionRates.Row, names: [DistrictCode: String]) {
                district = row.district?.rawValue
                name = row.district.map { names[$0] ?? $0.rawValue } ?? "全市"
                tasks = row.tasks
                checked = row.checked
                published = row.published
                completionRate = row.completionRate
                publicationRate = row.publicationRate
                late = row.late.map {
                    Late(
                        caseNumber: $0.task.caseNumber.description, enterpriseName: $0.task.enterpriseName, district: $0.task.district.rawValue,
                        lateness: $0.lateness.rawValue, due: $0.due.description
                    )
                }
            }
        }

        let city: Row
        let districts: [Row]
    }
}
