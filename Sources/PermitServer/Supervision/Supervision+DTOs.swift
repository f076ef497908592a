import Foundation
import PermitCommands
import PermitCore
import Vapor

extension API {
    /// `GET /api/v1/enterprises/{id}/classification`.
    struct EnterpriseClassificationDTO: Content {
        let enterpriseId: String
        let creditCode: String
        let name: String
        /// The lowest class in force, which supervises it; null before the
        /// first classification.
        let `class`: String?
        let mode: String
        let productRisk: String?
        let supervisingDistrict: String
        /// The decision in force per category (第三十一条).
        let categories: [CategoryClassDTO]
        let history: [ClassificationHistoryDTO]
        let proposals: [ProposalDTO]
        /// The last day of the first classification while it is to do (第十条).
        let classificationDue: String?
        let overdue: Bool
        /// No AA commitment is accepted before this day (第九条).
        let commitmentBanUntil: String?
        /// 第十九条, said wherever the class is shown.
        let notice: String

        init(_ view: EnterpriseSupervision) {
            let standing = view.standing
            enterpriseId = view.enterprise.id.description
            creditCode = view.enterprise.creditCode.rawValue
            name = view.enterprise.name
            self.class = standing.supervisionClass?.rawValue
            mode = standing.mode.rawValue
            productRisk = standing.productRisk?.rawValue
            supervisingDistrict = view.supervisingDistrict.rawValue
            categories = standing.categories.map {
                CategoryClassDTO(category: $0.category?.rawValue, class: $0.supervisionClass.rawValue, date: $0.classifiedOn.description)
            }
            history = standing.history.map(ClassificationHistoryDTO.init)
            proposals = standing.proposals.map(ProposalDTO.init)
            classificationDue = standing.classificationDue?.description
            overdue = standing.isOverdue
            commitmentBanUntil = standing.commitmentBanUntil?.description
            notice = ClassificationPage.advertisingNotice.zhHans
        }
    }

    struct CategoryClassDTO: Content {
        let category: String?
        let `class`: String
        let date: String
    }

    /// One decision of the history: class, category, reason, evidence,
    /// date and by whom.
    struct ClassificationHistoryDTO: Content {
        let id: String
        let `class`: String
        let category: String?
        let reason: String
        let evidence: String
        let date: String
        let by: String
        let district: String
        /// SHA-256 of the reviewed 承诺书 scan, for AA.
        let commitment: String?

        init(_ record: ClassificationRecord) {
            id = record.id.description
            self.class = record.supervisionClass.rawValue
            category = record.category?.rawValue
            reason = record.reason
            evidence = record.evidence
            date = record.classifiedOn.description
            by = record.classifiedBy.rawValue
            district = record.district.rawValue
            commitment = record.commitment
        }
    }

    struct ProposalDTO: Content {
        let kind: String
        /// The classes the rule points to; empty where the officer judges.
        let classes: [String]
        let text: String

        init(_ proposal: ClassificationProposal) {
            kind = switch proposal {
            case .classifyNewLicensee: "classify-new-licensee"
            case .classC: "class-c"
            case .failedSampling: "failed-sampling"
            case .downgrade: "downgrade"
            case .commitmentBroken: "commitment-broken"
            case .reclassify: "reclassify"
            }
            classes = proposal.proposedClasses.map(\.rawValue)
            text = proposal.text.zhHans
        }
    }

    struct QualityFactDTO: Content {
        let id: String
        let kind: String
        /// The sampling level or changed aspect; null for other kinds.
        let qualifier: String?
        let occurredOn: String
        let description: String
        let source: String
        let district: String
        let recordedOn: String
        let recordedBy: String

        init(_ fact: QualityFact) {
            id = fact.id.description
            kind = fact.kind.code
            qualifier = fact.kind.qualifier.isEmpty ? nil : fact.kind.qualifier
            occurredOn = fact.occurredOn.description
            description = fact.description
            source = fact.source
            district = fact.district.rawValue
            recordedOn = fact.recordedOn.description
            recordedBy = fact.recordedBy.rawValue
        }
    }

    struct DistrictFiguresDTO: Content {
        let district: String
        let licensed: Int
        let aa: Int
        let a: Int
        let b: Int
        let c: Int
        let unclassified: Int
        let overdue: Int
        let proposals: Int
        let plannedInspections: Int
        let inspectionsOpened: Int
        let overdueRectifications: Int

        init(_ figures: DistrictSupervisionFigures) {
            district = figures.district.rawValue
            licensed = figures.licensed
            aa = figures.byClass[.aa] ?? 0
            a = figures.byClass[.a] ?? 0
            b = figures.byClass[.b] ?? 0
            c = figures.byClass[.c] ?? 0
            unclassified = figures.unclassified
            overdue = figures.overdue
            proposals = figures.proposals
            plannedInspections = figures.plannedInspections
            inspectionsOpened = figures.inspectionsOpened
            overdueRectifications = figures.overdueRectifications
        }
    }
}
