import PermitCore
import Vapor

extension API {
    /// `POST /api/v1/supervision/inspections`. Fields the command checks are
    /// optional here, so a missing one is a 422 naming it, not a 400.
    struct InspectionOpeningDTO: Content {
        let kind: String?
        let enterprise: String?
        let team: [String]?
        let ground: String?
        let basis: String?
        let order: String?
        let reason: String?
    }

    struct CheckItemDTO: Content {
        let item: String
        let found: String?
        let conclusion: String?
    }

    struct RectificationInputDTO: Content {
        let requirements: String?
        let deadline: String?
    }

    struct ReferralInputDTO: Content {
        let matter: String?
        let evidence: String?
    }

    /// `POST …/inspections/{number}/record`: the items of 第二十五条, the
    /// signatures, and what follows from the findings.
    struct InspectionRecordDTO: Content {
        let checkedOn: String?
        let place: String?
        let items: [CheckItemDTO]?
        let problems: String?
        let inspectors: [String]?
        let enterpriseSignatory: String?
        let enterpriseRefusal: String?
        let rectified: Bool?
        let rectification: RectificationInputDTO?
        let referral: ReferralInputDTO?
    }

    struct SamplingOpeningDTO: Content {
        let enterprise: String?
        let team: [String]?
        let grounds: [String]?
        let groundNote: String?
        let product: String?
        let model: String?
        let batch: String?
        let quantity: String?
        let sampledFrom: String?
        let randomMethod: String?
        let seal: String?
    }

    struct DispatchDTO: Content {
        let laboratory: String?
        let sentOn: String?
    }

    struct SamplingReportDTO: Content {
        let reportNumber: String?
        let issuedOn: String?
        let copies: Int?
        let passed: Bool?
        let summary: String?
    }

    struct InterviewDTO: Content {
        let enterprise: String?
        let team: [String]?
        let interviewee: String?
        let position: String?
        let heldOn: String?
        let time: String?
        let place: String?
        let reason: String?
        let said: String?
        let required: String?
    }

    /// A sampling as it stands: the 7 days, whether the dispatch was late,
    /// and the result once reported. The enterprise is charged nothing.
    struct SamplingDTO: Content {
        let number: String
        let creditCode: String
        let enterprise: String
        let district: String
        let grounds: [String]
        let product: String
        let sampledOn: String
        let dispatchDue: String
        let laboratory: String?
        let sentOn: String?
        let sentLate: Bool
        let reportNumber: String?
        let reportCopies: Int?
        let result: String?
        let feeCharged: Bool

        init(_ sampling: Sampling) {
            number = sampling.caseNumber.description
            creditCode = sampling.creditCode.rawValue
            enterprise = sampling.enterpriseName
            district = sampling.district.rawValue
            grounds = sampling.grounds.map(\.rawValue)
            product = sampling.slip.product
            sampledOn = sampling.sampledOn.description
            dispatchDue = sampling.dispatchDue.description
            laboratory = sampling.laboratoryCode?.rawValue
            sentOn = sampling.sentOn?.description
            sentLate = sampling.sentLate
            reportNumber = sampling.report?.number
            reportCopies = sampling.report?.copies
            result = sampling.report.map { $0.passed ? "passed" : "failed" }
            feeCharged = false
        }
    }
}
