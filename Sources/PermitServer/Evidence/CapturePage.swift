import Foundation
import PermitCommands
import PermitCore
import PermitStore
import Vapor

/// The field-capture page and the token its script sends captures with.
///
/// The API never trusts the session cookie, so the script needs a bearer
/// token. It asks this page's route for one with the page's form token
/// (CSRF), as any form of ours would post: another site can neither send
/// the form token nor read the answer. The token is a capture token
/// (`SignInSession.Kind.capture`): good only on the upload and record routes
/// (`Route.acceptsCaptureTokens`), for an hour at most and never past the
/// browser session, ended when that browser signs out. The script keeps it
/// in memory only and asks again after a reload or a refusal.
enum CapturePage {
    static let tokenLifetime: TimeInterval = 60 * 60

    struct Content: Encodable, Sendable {
        let w: [String: String]
        let number: String
        let subject: String
        let caseHref: String
        let tokenHref: String
        let loginHref: String
        let scriptHref: String
        let username: String
        let closed: Bool
        let nodes: [Node]
        let texts: [Text]
        let errors: [String]
    }

    struct Node: Encodable, Sendable {
        let id: String
        let name: String
        let stage: String
        /// The forms the node takes, for the script to tell a picked file's kind.
        let forms: String
        let missing: String?
        /// The photos the checklist still wants, the devices named (REC-4).
        let photosMissing: [String]
        let recordCount: String
        let buttons: [Button]
        /// The plain form's target, and the kinds it offers without script.
        let action: String
        let kinds: [Choice]
        let accept: String
        /// What a photo may show here, for nodes with a photo checklist.
        let subjects: [Choice]
        /// The key devices the team stated for this node.
        let devices: [String]
    }

    struct Choice: Encodable, Sendable {
        let value: String
        let label: String
    }

    /// One way to add a capture: a camera (`capture`) or a file picker.
    struct Button: Encodable, Sendable {
        let label: String
        let accept: String
        let capture: Bool
        /// The record kind, or `pick` for the script to tell from the file.
        let kind: String
    }

    struct Text: Encodable, Sendable {
        let key: String
        let text: String
    }

    @Sendable static func show(req: Request) async throws -> Response {
        try await render(req, errors: [], status: .ok)
    }

    static func render(_ req: Request, errors: [String], status: HTTPResponseStatus) async throws -> Response {
        let language = req.language
        let number = try CasesAPIController.number(req)
        let view = try await EvidenceCommands.capture(number, in: req.commandContext)
        let subject = view.case
        let today = CivilDate(req.now)
        let nodes = EvidenceCommands.capturableNodes(of: view).map { node -> Node in
            let forms = EvidenceCommands.capturableForms(of: node)
            let missing = view.state(of: node.id, today: today).missing
            let buttons = buttons(for: forms, language)
            return Node(
                id: node.id.rawValue, name: node.name.text(language), stage: node.stage.text(language),
                forms: forms.map(\.rawValue).joined(separator: " "),
                missing: missing.isEmpty ? nil : CasePhrases.requirements(missing).text(language),
                photosMissing: EvidenceReview.problems(at: node.id, in: subject, evidence: view.evidence).compactMap { problem in
                    if case .photoMissing = problem { return problem.message.text(language) }
                    return nil
                },
                recordCount: CapturePhrases.recordsSoFar(subject.records.filter { $0.node == node.id }.count).text(language),
                buttons: buttons,
                action: CaptureURL.plainUpload(.value(subject.number.description), node: .value(node.id.rawValue)).path,
                kinds: forms.map { Choice(value: $0.rawValue, label: $0.name.text(language)) },
                accept: buttons.last?.accept ?? "",
                subjects: photoSubjects(at: node.id).map { Choice(value: $0.rawValue, label: $0.name.text(language)) },
                devices: (view.evidence.check?.devices(at: node.id) ?? []).map(\.name)
            )
        }
        let user = try req.requireUser()
        let capturePath = CaptureURL.page(.value(subject.number.description)).path
        let content = Content(
            w: words(language), number: subject.number.description, subject: subject.subject.name,
            caseHref: CaseURL.case(.value(subject.number.description)).path,
            tokenHref: CaptureURL.token(.value(subject.number.description)).path,
            loginHref: PageURL.login.path(["next": capturePath]), scriptHref: CaptureScript.href,
            username: user.username.rawValue, closed: subject.isClosed, nodes: nodes,
            texts: CapturePhrases.scriptTexts.map { Text(key: $0.0, text: $0.1.text(language)) }, errors: errors
        )
        let response = try await Page(title: "\(CapturePhrases.title.text(language)) · \(subject.number)", content: content, request: req)
            .render(on: req, template: "capture", status: status)
        // The one page that runs a script: its own policy, kept here so
        // every other page keeps the script-free one.
        response.headers.replaceOrAdd(name: "Content-Security-Policy", value: SecurityHeadersMiddleware.capturePagePolicy)
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    /// What a photo taken at `node` may be tagged as: the subjects of the
    /// node's checklist, in its order.
    static func photoSubjects(at node: NodeKey) -> [PhotoSubject] {
        var subjects: [PhotoSubject] = []
        for way in PhotoChecklist.licenseOnSiteReview(node)?.items.flatMap(\.ways) ?? [] where !subjects.contains(way.subject) {
            subjects.append(way.subject)
        }
        return subjects
    }

    /// Camera buttons first, in the order an inspector works (photo, video,
    /// paper document), then one picker for files taken earlier.
    static func buttons(for forms: [RecordForm], _ language: Language) -> [Button] {
        let order: [RecordForm] = [.photo, .video, .scan]
        var buttons: [Button] = order.filter(forms.contains).map { form in
            Button(
                label: CapturePhrases.button(form, picking: false).text(language),
                accept: form == .video ? "video/*" : "image/*", capture: true, kind: form.rawValue
            )
        }
        var accept: [String] = []
        if forms.contains(.photo) || forms.contains(.scan) { accept.append("image/*") }
        if forms.contains(.video) { accept.append("video/*") }
        if forms.contains(.scan) { accept.append("application/pdf") }
        buttons.append(Button(
            label: CapturePhrases.button(.scan, picking: true).text(language), accept: accept.joined(separator: ","), capture: false, kind: "pick"
        ))
        return buttons
    }

    /// Issues a capture token to the signed-in browser that shows the page;
    /// the form token comes first, before anything is looked up.
    @Sendable static func issueToken(req: Request) async throws -> Response {
        struct Form: ProtectedForm {
            let csrf: String?
        }
        _ = try req.decodeForm(Form.self)
        let number = try CasesAPIController.number(req)
        _ = try await EvidenceCommands.capture(number, in: req.commandContext)
        guard let browser = req.authenticated else { throw AccessDenied(denial: .notSignedIn) }
        let user = browser.session.user
        let token = SessionToken.generate()
        let expiresAt = min(req.now.addingTimeInterval(tokenLifetime), browser.session.expiresAt)
        try await req.store.sessions.create(
            for: user.id, tokenHash: SessionToken.hash(token), csrfToken: SessionToken.generate(), kind: .capture,
            at: req.now, expiresAt: expiresAt
        )
        let dto = API.TokenDTO(token: token, tokenType: "Bearer", expiresAt: expiresAt, user: API.UserDTO(user))
        let response = try await dto.encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    static func words(_ language: Language) -> [String: String] {
        let all: [String: Bilingual] = [
            "title": CapturePhrases.title, "intro": CapturePhrases.intro, "backToCase": CapturePhrases.backToCase,
            "noNodes": CapturePhrases.noNodes, "label": CapturePhrases.label, "labelPlaceholder": CapturePhrases.labelPlaceholder,
            "noScript": CapturePhrases.noScript, "loading": CapturePhrases.loading, "otherCaptures": CapturePhrases.otherCaptures,
            "queue": CapturePhrases.queue, "missing": CasePhrases.missing, "closedNotice": CasePhrases.closedNotice,
            "number": CasePhrases.number, "subjectShown": CasePhrases.subjectShown,
            "photoSubject": CapturePhrases.photoSubject, "photoSubjectNone": CapturePhrases.photoSubjectNone,
            "device": CapturePhrases.device, "kind": CapturePhrases.kind, "file": CapturePhrases.file,
            "send": CapturePhrases.send, "photosMissing": CapturePhrases.photosMissing,
        ]
        return all.mapValues { $0.text(language) }
    }
}
