// node-opcua server for Taktline's interoperability tests (ConnectorInteropIT).
//   node interop-server.js --port <port> --security none|secure --pki <folder>
// none:   security None, anonymous login.
// secure: None, Basic256Sha256 Sign and SignAndEncrypt; user name login only (operator / s3cret);
//         client certificates are accepted (the test checks the client side of the trust list).
// Prints "READY <endpoint url>" once it listens; stops on SIGTERM or when stdin closes.
"use strict";
const {
    OPCUAServer, OPCUACertificateManager, SecurityPolicy, MessageSecurityMode, Variant, DataType,
    StatusCodes, standardUnits, DataValue,
} = require("node-opcua");

function option(name, fallback) {
    const i = process.argv.indexOf("--" + name);
    return i >= 0 ? process.argv[i + 1] : fallback;
}

async function main() {
    const port = parseInt(option("port", "0"), 10);
    const secure = option("security", "none") === "secure";
    const pki = option("pki", "./pki");
    const serverCertificateManager = new OPCUACertificateManager({
        rootFolder: pki,
        automaticallyAcceptUnknownCertificate: true,
    });
    await serverCertificateManager.initialize();
    const server = new OPCUAServer({
        port,
        host: "127.0.0.1", // listen on loopback only; endpoints advertise the machine's host name
        serverCertificateManager,
        serverInfo: { applicationUri: "urn:taktline:interop-peer", productUri: "urn:taktline:interop-peer" },
        securityPolicies: secure ? [SecurityPolicy.None, SecurityPolicy.Basic256Sha256] : [SecurityPolicy.None],
        securityModes: secure
            ? [MessageSecurityMode.None, MessageSecurityMode.Sign, MessageSecurityMode.SignAndEncrypt]
            : [MessageSecurityMode.None],
        allowAnonymous: !secure,
        userManager: { isValidUser: (user, password) => user === "operator" && password === "s3cret" },
    });
    await server.initialize();
    const addressSpace = server.engine.addressSpace;
    const ns = addressSpace.registerNamespace("urn:taktline:interop");
    const line = ns.addFolder(addressSpace.rootFolder.objects, { browseName: "Line", nodeId: "s=Line" });
    const counter = ns.addVariable({
        organizedBy: line, browseName: "Counter", nodeId: "s=Line/Counter", dataType: "UInt32",
        value: new Variant({ dataType: DataType.UInt32, value: 0 }),
    });
    ns.addAnalogDataItem({
        organizedBy: line, browseName: "Temperature", nodeId: "s=Line/Temperature", dataType: "Double",
        engineeringUnitsRange: { low: 0, high: 200 }, engineeringUnits: standardUnits.degree_celsius,
        value: new Variant({ dataType: DataType.Double, value: 21.5 }),
    });
    ns.addVariable({
        organizedBy: line, browseName: "Setpoint", nodeId: "s=Line/Setpoint", dataType: "Int16",
        accessLevel: "CurrentRead | CurrentWrite", userAccessLevel: "CurrentRead | CurrentWrite",
        value: new Variant({ dataType: DataType.Int16, value: 10 }),
    });
    ns.addVariable({
        organizedBy: line, browseName: "Recipe", nodeId: "s=Line/Recipe", dataType: "String",
        accessLevel: "CurrentRead | CurrentWrite", userAccessLevel: "CurrentRead | CurrentWrite",
        value: new Variant({ dataType: DataType.String, value: "R-42" }),
    });
    let n = 0;
    const timer = setInterval(() => {
        n += 1;
        counter.setValueFromSource(new Variant({ dataType: DataType.UInt32, value: n }), StatusCodes.Good);
    }, 100);
    await server.start();
    console.log("READY " + server.getEndpointUrl());
    const stop = async () => {
        clearInterval(timer);
        await server.shutdown(0);
        process.exit(0);
    };
    process.on("SIGTERM", stop);
    process.stdin.on("end", stop);
    process.stdin.resume();
}

main().catch((err) => {
    console.error("interop-server failed: " + (err && err.stack ? err.stack : err));
    process.exit(1);
});
