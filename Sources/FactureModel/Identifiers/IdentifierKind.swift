// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// The kinds of identifier that ``IdentifierChecker`` recognises.
///
/// ```swift
/// let result = IdentifierChecker.check("DE89 3704 0044 0532 0130 00")
/// if result.kind == .iban { print(result.kind?.name ?? "") }  // IBAN
/// ```
public struct IdentifierKind: Sendable, Hashable {
    private enum Base: Hashable, Sendable {
        case siren
        case siret
        case vatNumber
        case iban
        case bic
        case creditorReference
    }

    private let base: Base

    private init(_ base: Base) { self.base = base }

    /// A French company number, ``SIREN``.
    public static let siren = IdentifierKind(.siren)
    /// A French establishment number, ``SIRET``.
    public static let siret = IdentifierKind(.siret)
    /// An EU VAT identification number, ``VATNumber``.
    public static let vatNumber = IdentifierKind(.vatNumber)
    /// An International Bank Account Number, ``IBAN``.
    public static let iban = IdentifierKind(.iban)
    /// A Business Identifier Code, ``BIC``.
    public static let bic = IdentifierKind(.bic)
    /// An ISO 11649 creditor reference, ``CreditorReference``.
    public static let creditorReference = IdentifierKind(.creditorReference)

    /// A short name for reports and command-line output: `SIREN`, `SIRET`, `VAT`, `IBAN`,
    /// `BIC` or `RF`.
    public var name: String {
        switch base {
        case .siren: "SIREN"
        case .siret: "SIRET"
        case .vatNumber: "VAT"
        case .iban: "IBAN"
        case .bic: "BIC"
        case .creditorReference: "RF"
        }
    }
}

extension IdentifierKind: CustomStringConvertible {
    /// The kind's ``name``.
    public var description: String { name }
}
