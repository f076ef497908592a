import PermitCommands
import PermitCore
import PermitStore
import Vapor

/// The workbench each role lands on after signing in.
enum HomeController {
    struct Content: Encodable, Sendable {
        let welcome: String
        let role: String
        let roleKey: String
        let district: String?
        let introduction: String
        let worklist: [WorkLine]
        /// Shown to district staff only.
        let showNotices: Bool
        let notices: [Notice]
        /// For enterprise accounts: their enterprise and its licences.
        let showOwnEnterprise: Bool
        let ownEnterprise: [EnterprisePages.DetailContent.Field]
        /// For enterprise accounts: what the bureau delivered (送达) and where
        /// each application stands, its next step said.
        let inboxTitle: String
        let inbox: [WorkLine]
        /// 到期提醒: certificates to renew, for their holder and the bureau.
        let remindersTitle: String
        let reminders: [WorkLine]
        /// 分类监管: classifications due, proposals, classes told (`SupervisionHome`).
        let supervisionTitle: String
        let supervision: [WorkLine]
    }

    /// One task of the worklist, linked to its case.
    struct WorkLine: Encodable, Sendable {
        let href: String
        let caseNumber: String
        let text: String
        let due: String
        let overdue: Bool
    }

    struct Notice: Encodable, Sendable {
        let time: String
        let enterprise: String
        let href: String
        let text: String
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let language = req.language
        let district = try await user.district.asyncMap { try await req.store.accounts.district($0) }
        let notices = try await notices(for: user, on: req)
        let content = Content(
            welcome: Phrase.homeWelcome(name: user.displayName).text(language),
            role: user.role.phrase.text(language),
            roleKey: user.role.rawValue,
            district: district.flatMap { $0 }.map { "\($0.name)（\($0.code)）" },
            introduction: user.role.homeIntroduction.text(language),
            worklist: try await worklist(on: req),
            showNotices: notices != nil, notices: notices ?? [],
            showOwnEnterprise: user.role == .enterprise,
            ownEnterprise: user.role == .enterprise ? try await EnterprisePages.summary(of: try await EnterprisesAPIController.ownEnterprise(req), on: req) : [],
            inboxTitle: ApplicationPages.inboxTitle.text(language),
            inbox: user.role == .enterprise ? try await ApplicationPages.inbox(on: req) : [],
            remindersTitle: ApplicationPages.remindersTitle.text(language),
            reminders: try await ApplicationPages.reminders(on: req) + PaperCertificatePages.homeLines(on: req),
            supervisionTitle: SupervisionHome.title.text(language), supervision: try await SupervisionHome.lines(on: req)
        )
        return try await Page(title: .homeTitle, content: content, request: req).render(on: req, template: "home")
    }
}

extension HomeController {
    /// 待办: the nodes waiting for the user and the cases to file, earliest first.
    static func worklist(on req: Request) async throws -> [WorkLine] {
        let language = req.language, today = CivilDate(req.now)
        return try await WorklistQuery.items(in: req.commandContext).map { item in
            let anchor = if case .node(let key) = item.task { "node-\(key)" } else { nil as String? }
            let due = if case .saveRecordings(let due, _) = item.task {
                CasePhrases.recordingsDue(due, now: req.now)
            } else {
                CasePhrases.standing(item.standing, today: today, undetermined: item.undetermined)
            }
            return WorkLine(
                href: CaseURL.case(.value(item.caseNumber.description)).path([:], fragment: anchor), caseNumber: item.caseNumber.description,
                text: "\(item.name.text(language)) · \(item.subjectName)",
                due: due.text(language), overdue: item.isOverdue(at: req.now)
            )
        }
    }

    /// What others changed in the enterprises of the user's district
    /// (`EnterpriseNotice`), for district staff.
    static func notices(for user: User, on req: Request) async throws -> [Notice]? {
        guard case .ownDistrict(let own?) = AccessPolicy.reach(of: user) else { return nil }
        let language = req.language
        let notices = try await req.store.enterprises.notices(for: own)
        guard !notices.isEmpty else { return [] }
        let wording = try await LedgerWording(req)
        return notices.map { notice in
            let actor = wording.actor(notice.actor.rawValue)
            let parts = notice.parts.isEmpty ? [Phrase.noticePartContact.bilingual] : notice.parts.map { part in
                switch part {
                case .registration: Phrase.noticePartRegistration.bilingual
                case .productionSites(let district): Phrase.noticePartSites(district: wording.district(district))
                }
            }
            return Notice(
                time: ShanghaiTime.format(notice.changedAt), enterprise: notice.enterpriseName,
                href: RegistryURL.enterprise(.value(notice.enterprise.description)).path,
                text: Phrase.homeNoticeLine(actor: actor, parts: parts).text(language)
            )
        }
    }
}

