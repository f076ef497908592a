import PermitCore

extension InspectionTaskRefusal: ProblemConvertible {
    var problem: Problem {
        switch self {
        case .invalid(let refusal):
            Problem(
                kind: .invalidInput, detail: Bilingual(
                    "表单未提交：" + refusal.issues.map(\.reason.wording.zhHans).joined(separator: "；") + "。",
                    en: "The form was not submitted: " + refusal.issues.map(\.reason.wording.en).joined(separator: "; ") + "."
                ),
                issues: refusal.issues.map { FieldIssue(field: $0.field, problem: $0.reason.fieldProblem) }
            )
        case .notDrawn: Problem(kind: .conflict, detail: Bilingual("该计划尚未抽取，无任务可派发。", en: "The plan has not been drawn; there is nothing to dispatch."))
        case .alreadyDispatched: Problem(kind: .conflict, detail: Bilingual("该计划的检查任务已派发。", en: "The plan's tasks were dispatched already."))
        case .inspectorsWithoutAccount(let certificates):
            Problem(kind: .conflict, detail: Bilingual(
                "以下执法证号尚未关联执法检查人员账号，任务未派发：\(certificates.joined(separator: "、"))。请先关联账号。",
                en: "No account is linked to these certificates; nothing was dispatched: \(certificates.joined(separator: ", "))."
            ))
        case .notOnTeam:
            Problem(kind: .forbidden, detail: Bilingual("您不在该任务的检查组中，只有匹配的执法检查人员可以填写和签名。", en: "You are not on this task's team."))
        case .notDeclared:
            Problem(kind: .conflict, detail: Bilingual(
                "请先出示执法证件并作出廉洁承诺，再填写或签署一企两表。", en: "Show your certificate and make the integrity commitment first."
            ))
        case .alreadyDeclared: Problem(kind: .conflict, detail: Bilingual("您已就该任务作出承诺。", en: "You have declared for this task already."))
        case .declarationIncomplete:
            Problem(kind: .invalidInput, detail: Bilingual(
                "须同时确认廉洁承诺和已出示执法证件。", en: "Both the integrity commitment and the certificate shown must be confirmed."
            ), issues: [FieldIssue(field: "integrityCommitment", problem: .missing), FieldIssue(field: "certificateShown", problem: .missing)])
        case .formFinal(let kind):
            Problem(kind: .conflict, detail: Bilingual("\(kind.name.zhHans)已由检查组全体签名，不能再修改。", en: "\(kind.name.en) is signed by the whole team; it cannot change."))
        case .noForm(let kind): Problem(kind: .conflict, detail: Bilingual("\(kind.name.zhHans)尚未填写。", en: "\(kind.name.en) has not been filled in."))
        case .formChanged(let kind):
            Problem(kind: .conflict, detail: Bilingual(
                "\(kind.name.zhHans)在您查看后已被修改，请重新查看后再签名。", en: "\(kind.name.en) changed since you read it; read it again before signing."
            ))
        case .alreadySigned(let kind): Problem(kind: .conflict, detail: Bilingual("您已签署该版本的\(kind.name.zhHans)。", en: "You signed this version of \(kind.name.en) already."))
        case .unsigned(let kind, let names):
            Problem(kind: .conflict, detail: Bilingual(
                "\(kind.name.zhHans)缺少检查人员签名：\(names.joined(separator: "、"))。结果未上报。",
                en: "\(kind.name.en) lacks the signature of \(names.joined(separator: ", ")); nothing was reported."
            ))
        case .photosMissing:
            Problem(kind: .conflict, detail: Bilingual(
                "请先在“填写关键生产设备表”环节上传关键设备照片，再提交设备表。", en: "Upload the key devices' photos to the equipment form's step first."
            ))
        case .alreadyReported: Problem(kind: .conflict, detail: Bilingual("该任务的检查结果已上报并公示。", en: "The result was reported and published already."))
        case .settledByOwnSteps:
            Problem(kind: .conflict, detail: Bilingual(
                "双随机抽查任务由抽查计划派发，须通过任务页面办理（声明、填写并签署两张表、上报公示）。",
                en: "A random-inspection task is dispatched from its plan and handled on its task page (declaration, both forms signed, report)."
            ))
        }
    }
}

extension InspectionFormRefusal.Reason {
    var fieldProblem: FieldProblem {
        switch self {
        case .unanswered, .problemsMissing, .enterpriseSignatureMissing, .sealMissing, .refusalNoteMissing, .noDevices, .deviceIncomplete: .missing
        case .notAllowed(_, let value), .unknownDeviceKind(_, let value), .unknownConclusion(let value): .unknownValue(value)
        case .detailsMismatch, .contradictingConclusion: .notAllowed
        case .tooLong(_, let maximum), .tooMany(_, let maximum): .tooLong(maximum: maximum)
        }
    }
}
