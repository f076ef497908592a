import PermitCore
import Testing

@Suite("电子证照标识 — GB/T 36904 identifiers with the ISO 7064 MOD 37,36 check character")
struct ElectronicCertificateIdentifierTests {
    @Test("identifiers found in use verify; the made-up sample does not", arguments: [
        ("1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001.U", true),
        ("1.2.156.3005.2.11100000000013338W009.11330105002500287C.2025052201.002.0", true),
        ("1.2.156.3005.2.11100000MB03271699022.340100.000000016.001.9", true),
        ("1.2.156.3005.2.11100000MB03271699022.340100.000000016.001.M", false),
        ("1.2.156.3005.2.11100000MB03271699022.340100.000000016.01.9", false),
        ("1.2.156.3005.3.11100000MB03271699022.340100.000000016.001.9", false),
    ])
    func known(text: String, valid: Bool) {
        #expect(ElectronicCertificateIdentifier.isValid(text) == valid)
    }

    @Test("an identifier is built from its parts, the version in three digits; a lower-case or empty part is refused")
    func build() throws {
        let identifier = try ElectronicCertificateIdentifier(typeCode: "11100000MB03271699022", issuerCode: "340100", serial: "000000016", version: 1)
        #expect(identifier.description == "1.2.156.3005.2.11100000MB03271699022.340100.000000016.001.9")
        #expect(throws: ElectronicCertificateIdentifier.IdentifierError.invalidPart("serial", "abc")) {
            try ElectronicCertificateIdentifier(typeCode: "1", issuerCode: "310000", serial: "abc", version: 1)
        }
        #expect(throws: ElectronicCertificateIdentifier.IdentifierError.invalidPart("version", "1000")) {
            try ElectronicCertificateIdentifier(typeCode: "1", issuerCode: "310000", serial: "1", version: 1000)
        }
    }
}
