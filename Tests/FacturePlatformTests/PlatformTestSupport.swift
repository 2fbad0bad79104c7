// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FacturX
import FactureHTTP
import FactureModel
import FacturePlatform
import FactureTestSupport
import FactureTesting
import Foundation

/// Clients wired to a ``PlatformSimulator`` and sample invoices, for the platform tests.
enum PlatformTestSupport {
    /// A configuration for the service mounted at `servicePath` of the simulator at `root`.
    static func configuration(
        root: URL,
        servicePath: String,
        authentication: PlatformAPIConfiguration.Authentication = .staticToken(Secret(PlatformSimulator.staticToken))
    ) -> PlatformAPIConfiguration {
        PlatformAPIConfiguration(
            baseURL: root.appendingPathComponent(String(servicePath.dropFirst())),
            authentication: authentication,
            timeout: .seconds(10),
            writeTimeout: .seconds(10),
            retryPolicy: RetryPolicy(maximumAttempts: 8, baseDelay: .milliseconds(100), jitter: { 0.5 })
        )
    }

    /// A Flow Service client on the simulator, its waits on a fast-forward clock.
    static func flowClient(
        root: URL,
        authentication: PlatformAPIConfiguration.Authentication = .staticToken(Secret(PlatformSimulator.staticToken)),
        submissionPolicy: FlowServiceClient.SubmissionPolicy = .init(maximumAttempts: 6, searchAttempts: 1)
    ) throws -> FlowServiceClient {
        try FlowServiceClient(
            configuration: configuration(
                root: root,
                servicePath: PlatformSimulator.flowServicePath,
                authentication: authentication
            ),
            submissionPolicy: submissionPolicy,
            transport: URLSessionHTTPTransport(),
            clock: FastForwardClock()
        )
    }

    /// A Directory Service client on the simulator.
    static func directoryClient(root: URL) throws -> DirectoryServiceClient {
        try DirectoryServiceClient(
            configuration: configuration(root: root, servicePath: PlatformSimulator.directoryServicePath),
            language: "fr",
            transport: URLSessionHTTPTransport(),
            clock: FastForwardClock()
        )
    }

    /// The CII sample every invoice is derived from.
    static func sampleInvoice() throws -> Invoice {
        try Invoice(
            ciiEncoded: [UInt8](SharedFixtures.data("conformance/samples/fr-ctc/akretion_factur-x-en16931.xml"))
        )
    }

    /// `count` CII invoices, numbered `prefix-1` … `prefix-count`.
    static func invoices(_ count: Int, prefix: String) throws -> [(number: String, xml: [UInt8])] {
        let sample = try sampleInvoice()
        return (1...count).map { index in
            var invoice = sample
            invoice.number = "\(prefix)-\(index)"
            return (invoice.number, invoice.serializeAsCII(profile: .en16931))
        }
    }

    /// A Factur-X PDF sample.
    static func facturXPDF() throws -> [UInt8] {
        [UInt8](try SharedFixtures.data("conformance/samples/fr-ctc/akretion_invoice_EN16931.pdf"))
    }
}

extension PlatformTestSupport {
    /// The CDAR D22B schema, compiled.
    static func cdarValidator() throws -> XMLSchemaValidator {
        try XMLSchemaValidator(
            schemaFile: SharedFixtures.url("reform/cdar-d22b-xsd/CrossDomainAcknowledgementAndResponse_100pD22B.xsd"),
            directory: SharedFixtures.url("reform/cdar-d22b-xsd")
        )
    }
}

extension PlatformTestSupport {
    /// An error to match in `#expect(throws:)`: platform errors compare by code.
    static func error(_ code: FacturePlatformError.Code) -> FacturePlatformError {
        FacturePlatformError(code: code, message: "")
    }
}
