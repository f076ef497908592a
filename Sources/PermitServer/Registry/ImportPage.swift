import Foundation
import PermitCore
import PermitStore
import Vapor

/// Upload of a CSV file for people, for each table the registry imports:
/// a dry run by default, then all rows or none (or the valid ones).
struct ImportPage: Sendable {
    struct Content: Encodable, Sendable {
        let action: String
        let hint: String
        /// "第 3 行：统一社会信用代码：…；联系电话：必填", one per refused row.
        let rejected: [String]
        let summary: String?
    }

    let path: String
    let title: Phrase
    let hint: Phrase
    let endpoint: ImportEndpoint

    static let enterprises = ImportPage(
        path: RegistryURL.enterpriseImport.path, title: .enterprisesImportTitle, hint: .enterprisesImportHint, endpoint: .enterprises
    )
    static let inspectors = ImportPage(
        path: RegistryURL.inspectorImport.path, title: .inspectorsImportTitle, hint: .inspectorsImportHint, endpoint: .inspectors
    )

    func show(req: Request) async throws -> Response {
        try await render(report: nil, summary: nil, status: .ok, on: req)
    }

    /// A `multipart/form-data` upload (route it with `body: .stream`) of
    /// `file`, with the form's `csrf` token and the options `dryRun` and
    /// `skipInvalid` as present or absent fields.
    func submit(req: Request) async throws -> Response {
        let language = req.language
        let report: ImportReportDTO
        do {
            let (table, fields) = try await req.withUpload(formField: "file") { upload in
                try req.checkCSRF(sent: upload.fields["csrf"])
                return (try CSVFile.table(try upload.contents()), upload.fields)
            }
            report = try await endpoint.run(
                table, dryRun: fields["dryRun"] != nil, skipInvalid: fields["skipInvalid"] != nil, on: req
            )
        } catch let refused as ImportRefused {
            report = .init(dryRun: false, accepted: 0, imported: 0, rejected: refused.problems.map {
                .init(line: $0.line, errors: $0.issues.map { $0.text(language) })
            })
        }
        let refusedWhole = !report.dryRun && report.imported == 0 && !report.rejected.isEmpty
        let summary = if report.dryRun {
            Phrase.importDryRunSummary(accepted: report.accepted, rejected: report.rejected.count).text(language)
        } else if refusedWhole {
            Phrase.problemImportRefused(count: report.rejected.count).text(language)
        } else {
            Phrase.importDoneSummary(imported: report.imported).text(language)
        }
        return try await render(report: report, summary: summary, status: refusedWhole ? .unprocessableEntity : .ok, on: req)
    }

    private func render(report: ImportReportDTO?, summary: String?, status: HTTPResponseStatus, on req: Request) async throws -> Response {
        let language = req.language
        let rejected = (report?.rejected ?? []).map { Phrase.importRowLine(line: $0.line, issues: $0.errors).text(language) }
        let content = Content(action: path, hint: hint.text(language), rejected: rejected, summary: summary)
        return try await Page(title: title, content: content, request: req).render(on: req, template: "import", status: status)
    }
}
