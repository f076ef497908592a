import PermitCore
import Vapor

/// A supervision inspection's, sampling's or interview's refusal: what the
/// officer must put right, quoting the article of seed 004 it rests on.
extension OversightRefusal: ProblemConvertible {
    var problem: Problem {
        switch self {
        case .invalid(let issues):
            return Problem(kind: .invalidInput, detail: .problemInvalidInputDetail, issues: issues)
        case .teamTooSmall(let count):
            return Problem(kind: .invalidInput, detail: Bilingual(
                "监督检查应有2名以上持合法有效证件的工作人员参加（第二十四条），本次仅有 \(count) 名。",
                en: "At least two officials holding valid papers take part (art. 24); the team has \(count)."
            ), issues: [FieldIssue(field: "team", problem: .tooShort(minimum: OversightTeam.minimum))])
        case .recheckBeforeDeadline(let deadline):
            return Problem(kind: .invalidInput, detail: Bilingual(
                "整改期限 \(deadline) 尚未届满；期限届满前复查须写明理由（第二十七条）。",
                en: "The rectification deadline \(deadline) has not passed; a re-check before it needs a reason (art. 27)."
            ), issues: [FieldIssue(field: "reason", problem: .missing)])
        case .recheckExists(let number):
            return Problem(kind: .conflict, detail: Bilingual(
                "该整改通知已有复查案件 \(number)。", en: "The order is re-checked already in case \(number)."
            ))
        case .rectificationWithoutProblem:
            return Problem(kind: .invalidInput, detail: Bilingual(
                "各检查项目均符合，没有需要整改的问题；责令整改须以发现的问题为据（第二十七条）。",
                en: "Every item conforms; rectification is ordered on problems found (art. 27)."
            ), issues: [FieldIssue(field: "rectification", problem: .notAllowed)])
        case .notThisKind(let number):
            return Problem(kind: .conflict, detail: Bilingual(
                "案件 \(number) 不是此类监督案件，不能在此办理。", en: "Case \(number) is not of this kind and cannot be handled here."
            ))
        case .reportCopies(let copies):
            return Problem(kind: .invalidInput, detail: Bilingual(
                "检验报告应一式二份（第四十七条），而非 \(copies) 份。", en: "The test report comes in two copies (art. 47), not \(copies)."
            ), issues: [FieldIssue(field: "copies", problem: .outOfRange(minimum: SamplingRules.reportCopies, maximum: SamplingRules.reportCopies))])
        case .dispatchDate(let sampledOn):
            return Problem(kind: .invalidInput, detail: Bilingual(
                "寄送日期不能早于抽样日期 \(sampledOn)，也不能晚于今天。", en: "Samples are sent on or after the sampling day \(sampledOn) and not in the future."
            ), issues: [FieldIssue(field: "sentOn", problem: .notAllowed)])
        case .settledByOwnSteps:
            return Problem(kind: .conflict, detail: Bilingual(
                "监督检查、抽样和约谈案件须通过其专门步骤办理（/api/v1/supervision/…），以核对检查人员、检查记录和抽样期限。",
                en: "Inspections, samplings and interviews are opened and recorded through their own steps (/api/v1/supervision/…), which check the team, the record and the sampling dates."
            ))
        }
    }
}
