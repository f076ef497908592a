import Foundation
import PermitCore
import PermitStore

/// The application's case moved inside the caller's write: each decision
/// on the application and the case's records and nodes commit together.
enum CaseSteps {
    /// Opens the `license-application` (or `license-renewal`) case under the
    /// application's number.
    static func open(
        for application: LicenseApplication, in transaction: WriteTransaction, by actor: ActorReference, at now: Date, ids: any IdentifierSource
    ) async throws {
        guard let definition = try await transaction.currentProcess(application.process.id) else { throw CommandError.notFound }
        let opened = CaseMachine(definition: definition).open(
            id: ids.next(CaseID.self), number: application.number, subject: application.applicant, district: application.district,
            team: [], agency: nil, by: actor, at: now
        )
        try await transaction.open(opened, by: actor, at: now)
    }

    /// Applies `commands` in order to the case, each as the machine allows.
    @discardableResult
    static func run(_ commands: [CaseCommand], on number: CaseNumber, in transaction: WriteTransaction, by actor: ActorReference, at now: Date)
        async throws -> Case
    {
        guard var current = try await transaction.case(number),
              let definition = try await transaction.process(current.process, version: current.processVersion)
        else { throw CommandError.notFound }
        let machine = CaseMachine(definition: definition)
        for command in commands {
            let (next, changes) = try machine.apply(command, to: current, by: actor, at: now)
            try await transaction.save(next, changes, by: actor, at: now)
            current = next
        }
        return current
    }

    /// A written document at `node`: the notice or decision letter itself.
    static func document(_ text: String, titled label: String, at node: String, ids: any IdentifierSource, by actor: ActorReference, at now: Date)
        -> CaseCommand
    {
        .addRecord(CaseRecord(
            id: ids.next(CaseRecordID.self), node: NodeKey(rawValue: node)!, form: .text, label: label, text: text, recordedAt: now, recordedBy: actor
        ))
    }
}
