import Foundation
import PermitLedger
import Testing

@Suite("Proof files")
struct ProofFileTests {
    /// Builds a file the way another tool would, from hex vectors.
    static func json(_ object: [String: Any]) throws -> Data {
        try JSONSerialization.data(withJSONObject: object)
    }

    static func base64(_ hex: String) -> String {
        Data(bytes(hex: hex)).base64EncodedString()
    }

    @Test func positiveVectorsAreOK() throws {
        let vectors = try MerkleVectors.load()
        for vector in vectors.inclusion {
            let file = try Self.json([
                "leafIdx": vector.leafIndex, "treeSize": vector.treeSize, "root": Self.base64(vector.root),
                "leafHash": Self.base64(vector.leafHash), "proof": vector.proof.map(Self.base64),
            ])
            #expect(ProofFile.check(file) == .ok, "\(vector.leafIndex) in \(vector.treeSize)")
        }
        for vector in vectors.consistency {
            let file = try Self.json([
                "size1": vector.size1, "size2": vector.size2, "root1": Self.base64(vector.root1),
                "root2": Self.base64(vector.root2), "proof": vector.proof.map(Self.base64),
            ])
            #expect(ProofFile.check(file) == .ok, "\(vector.size1) -> \(vector.size2)")
        }
    }

    @Test func negativeVectorsFailNotUnreadable() throws {
        let vectors = try MerkleVectors.load()
        for vector in vectors.negativeCasesUpstream {
            var object: [String: Any] = ["proof": vector.proof.map(Self.base64)]
            if let index = vector.leafIdx {
                object.merge([
                    "leafIdx": index, "treeSize": vector.treeSize ?? 0,
                    "root": Self.base64(vector.root ?? ""), "leafHash": Self.base64(vector.leafHash ?? ""),
                ]) { $1 }
            } else {
                object.merge([
                    "size1": vector.size1 ?? 0, "size2": vector.size2 ?? 0,
                    "root1": Self.base64(vector.root1 ?? ""), "root2": Self.base64(vector.root2 ?? ""),
                ]) { $1 }
            }
            let verdict = ProofFile.check(try Self.json(object))
            guard case .fail(let error) = verdict else {
                Issue.record("\(vector.desc): \(verdict)")
                continue
            }
            let matches = try #require(ProofVerificationTests.expectedFailures[vector.desc])
            #expect(matches(error), "\(vector.desc): \(error)")
        }
    }

    @Test func unreadableFiles() {
        let cases: [(String, ProofFileError)] = [
            ("not json", .invalidJSON),
            ("[1, 2]", .unknownShape),
            (#"{"proof": []}"#, .unknownShape),
            (#"{"leafIdx":0,"treeSize":1,"root":"","leafHash":""}"#, .missingKey("proof")),
            (#"{"leafIdx":"0","treeSize":1,"root":"","leafHash":"","proof":[]}"#, .invalidValue(field: "leafIdx")),
            (#"{"leafIdx":0,"treeSize":1,"root":"","leafHash":"","proof":[1]}"#, .invalidValue(field: "proof[0]")),
            (#"{"leafIdx":0,"treeSize":1,"root":"!!","leafHash":"","proof":[]}"#, .invalidBase64(field: "root")),
            (#"{"size1":1,"size2":2,"root1":"","root2":"","proof":["AA=","x"]}"#, .invalidBase64(field: "proof[0]")),
            (#"{"leafIdx":0,"size1":1}"#, .unknownShape),
            (#"{"leafIdx":0,"treeSize":1,"root":"","leafHash":"","proof":[null]}"#, .invalidValue(field: "proof[0]")),
            (#"{"leafIdx":0,"treeSize":1,"root":null,"leafHash":"","proof":[]}"#, .invalidValue(field: "root")),
            (#"{"size1":1,"size2":1,"root1":"","root2":"","proof":{}}"#, .invalidValue(field: "proof")),
            (#"{"leafIdx":0,"treeSize":1,"root":"","leafHash":"","proof":[],"leafIdx":0}"#, .duplicateKey("leafIdx")),
            (#"{"leafIdx":0,"treeSize":1,"root":"","leafHash":"","proof":[],"leaf\u0049dx":0}"#, .duplicateKey("leafIdx")),
            (#"{"size1":1,"size2":1,"root1":"","root2":"","proof":[],"desc":"a","desc":"b"}"#, .duplicateKey("desc")),
        ]
        for (text, expected) in cases {
            #expect(ProofFile.check(Data(text.utf8)) == .unreadable(expected), "\(text)")
        }
        // Foundation words number range errors differently by platform; only
        // the verdict kind is portable.
        for text in [#"{"leafIdx":-1,"treeSize":1,"root":"","leafHash":"","proof":[]}"#, #"{"size1":1.5}"#] {
            guard case .unreadable = ProofFile.check(Data(text.utf8)) else {
                Issue.record("\(text) should be unreadable")
                continue
            }
        }
    }

    /// As Go's encoding/json writes them: annotated, and `null` for no hashes.
    static let goHappyPath = #"{"leafIdx":0,"treeSize":1,"root":"bjQLnP+zepicpUTmu3gKLHiQHT+zNzh2hRGjBhevoB0=","leafHash":"bjQLnP+zepicpUTmu3gKLHiQHT+zNzh2hRGjBhevoB0=","proof":null,"desc":"happy path"}"#

    @Test func filesAsGoToolsWriteThemAreRead() throws {
        let annotated = Self.goHappyPath
        let plain = annotated.replacingOccurrences(of: #","desc":"happy path""#, with: "")
        let nested = annotated.replacingOccurrences(
            of: #""desc":"happy path""#, with: #""desc":{"a":[1,"}\"]",{"a":2,"a":3}],"b":null},"wantErr":false"#
        )
        for text in [annotated, plain, nested] {
            #expect(ProofFile.check(Data(text.utf8), expecting: .inclusion) == .ok, "\(text)")
        }
        #expect(plain != annotated && nested != annotated)
        let file = try ProofFile(json: Data(plain.utf8))
        guard case .inclusion(let inclusion) = file else {
            Issue.record("not read as inclusion: \(file)")
            return
        }
        #expect(inclusion.proof.isEmpty)
        // null is an empty proof, not a proof that is waived.
        let short = plain.replacingOccurrences(of: #""treeSize":1"#, with: #""treeSize":2"#)
        #expect(ProofFile.check(Data(short.utf8)) == .fail(.wrongProofLength(got: 0, want: 1)))
        let consistency = #"{"desc":"x","size1":1,"size2":1,"root1":"bjQLnP+zepicpUTmu3gKLHiQHT+zNzh2hRGjBhevoB0=","root2":"bjQLnP+zepicpUTmu3gKLHiQHT+zNzh2hRGjBhevoB0=","proof":null,"wantErr":false}"#
        #expect(ProofFile.check(Data(consistency.utf8), expecting: .consistency) == .ok)
    }

    @Test func anEmptyProofIsWrittenAsAnEmptyList() throws {
        let leaf = TreeHasher.leafHash(Array("only".utf8))
        let file = ProofFile.inclusion(InclusionProofFile(leafIndex: 0, treeSize: 1, root: leaf, leafHash: leaf, proof: []))
        #expect(String(decoding: try file.json(), as: UTF8.self).contains(#""proof":[]"#))
    }

    @Test func roundTripsInTheDocumentedShape() throws {
        let leaves = syntheticLeaves(11)
        let store = InMemoryNodeStore(leaves: leaves)
        let inclusion = ProofFile.inclusion(InclusionProofFile(
            leafIndex: 6, treeSize: 11, root: store.root(size: 11), leafHash: leaves[6],
            proof: try store.inclusionProof(index: 6, size: 11)
        ))
        let consistency = ProofFile.consistency(ConsistencyProofFile(
            size1: 3, size2: 11, root1: store.root(size: 3), root2: store.root(size: 11),
            proof: try store.consistencyProof(size1: 3, size2: 11)
        ))
        for file in [inclusion, consistency] {
            let data = try file.json()
            #expect(try ProofFile(json: data) == file)
            #expect(ProofFile.check(data) == .ok)
            #expect(!String(decoding: data, as: UTF8.self).contains(#"\/"#))
        }
        let object = try #require(try JSONSerialization.jsonObject(with: inclusion.json()) as? [String: Any])
        #expect(Set(object.keys) == ["leafIdx", "treeSize", "root", "leafHash", "proof"])
        #expect(object["root"] as? String == store.root(size: 11).base64)
        #expect(object["leafIdx"] as? Int == 6)
        let other = try #require(try JSONSerialization.jsonObject(with: consistency.json()) as? [String: Any])
        #expect(Set(other.keys) == ["size1", "size2", "root1", "root2", "proof"])
    }

    @Test func verdictsPrintForTheCommandLine() {
        #expect(ProofFileVerdict.ok.description == "OK")
        #expect(ProofFileVerdict.fail(.wrongProofLength(got: 2, want: 3)).description == "FAIL: proof has 2 hashes, expected 3")
        #expect(ProofFileVerdict.unreadable(.missingKey("root")).description == "FAIL: cannot parse: missing key root")
    }

    @Test func exitStatusIsTheWorstOutcome() {
        let ok = ProofFileVerdict.ok.outcome
        let failed = ProofFileVerdict.fail(.consistencyFromEmptyTree).outcome
        let unreadable = ProofFileVerdict.unreadable(.invalidJSON).outcome
        #expect(VerificationOutcome.exitCode(of: []) == 0)
        #expect(VerificationOutcome.exitCode(of: [ok, ok]) == 0)
        #expect(VerificationOutcome.exitCode(of: [ok, failed]) == 1)
        #expect(VerificationOutcome.exitCode(of: [unreadable, failed, ok]) == 2)
        #expect(failed.line.hasPrefix("FAIL: ") && unreadable.line.hasPrefix("FAIL: "))
    }

    @Test func aProofOfTheOtherKindIsRefused() throws {
        let consistency = #"{"size1":1,"size2":1,"root1":"","root2":"","proof":[]}"#
        #expect(ProofFile.check(Data(consistency.utf8), expecting: .inclusion) == .unreadable(.wrongKind(expected: .inclusion)))
        #expect(ProofFile.check(Data(consistency.utf8), expecting: .consistency) != .unreadable(.wrongKind(expected: .consistency)))
    }
}
