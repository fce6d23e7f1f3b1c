// node-opcua as an independent peer of the plant simulator: browses Objects/Plant down to every
// variable, then subscribes to some of them and reports what changed.
// usage: node sim-browse-subscribe.js <endpointUrl> [seconds]
// prints lines: "shops A,B,..", "stations N", "equipment N", "variables N",
//               "changes <nodeId> <notifications> <distinct values> <last source timestamp>"
const {
  OPCUAClient, AttributeIds, BrowseDirection, ClientSubscription, ClientMonitoredItem,
  NodeClass, TimestampsToReturn, MessageSecurityMode, SecurityPolicy,
} = require("node-opcua");

const NAMESPACE_URI = "urn:taktline:plant-simulator";
const endpoint = process.argv[2];
const seconds = Number(process.argv[3] || 3);

async function children(session, nodeId) {
  let result = await session.browse({
    nodeId, browseDirection: BrowseDirection.Forward, referenceTypeId: "HierarchicalReferences",
    includeSubtypes: true, nodeClassMask: 0, resultMask: 63,
  });
  const refs = [...(result.references || [])];
  while (result.continuationPoint && result.continuationPoint.length) {
    result = await session.browseNext(result.continuationPoint, false);
    refs.push(...(result.references || []));
  }
  return refs;
}

async function main() {
  const client = OPCUAClient.create({
    endpointMustExist: false,
    securityMode: MessageSecurityMode.None,
    securityPolicy: SecurityPolicy.None,
    connectionStrategy: { maxRetry: 3, initialDelay: 200, maxDelay: 1000 },
  });
  await client.connect(endpoint);
  const session = await client.createSession();
  const namespaces = (await session.read({ nodeId: "ns=0;i=2255", attributeId: AttributeIds.Value })).value.value;
  const ns = namespaces.indexOf(NAMESPACE_URI);
  if (ns < 0) throw new Error("server has no namespace " + NAMESPACE_URI + ": " + namespaces.join(", "));

  const plant = `ns=${ns};s=Plant`;
  const shops = await children(session, plant);
  console.log("shops " + shops.map(r => r.browseName.name).join(","));
  let stations = 0, equipment = 0;
  const variables = [];
  // depth below Plant: 1 shop, 2 line, 3 station, 4 equipment, 5 sub-folder (e.g. Safety)
  async function walk(nodeId, depth) {
    for (const ref of await children(session, nodeId)) {
      if (ref.nodeClass === NodeClass.Variable) {
        variables.push(ref.nodeId.toString());
      } else if (ref.nodeClass === NodeClass.Object) {
        if (depth === 3) stations++;
        if (depth === 4) equipment++;
        await walk(ref.nodeId, depth + 1);
      }
    }
  }
  await walk(plant, 1);
  console.log("stations " + stations);
  console.log("equipment " + equipment);
  console.log("variables " + variables.length);

  const watched = [
    "Plant/STAMPING/PL1/PRESS1/PartCount", "Plant/STAMPING/PL1/PRESS1/Tonnage",
    "Plant/STAMPING/PL1/PRESS1/PRESS/StrokeRate", "Plant/STAMPING/PL1/PRESS2/PRESS/PartCount",
    "Plant/BODY/UB1/UB010/R1/SpotWeldCount", "Plant/PAINT/TC1/OVEN/OVEN/Temperature",
    "Plant/PAINT/TC1/BASECOAT/BOOTH/Humidity", "Plant/BATTERY/BM1/STACK/STACKER/ModuleVoltage",
  ].map(path => `ns=${ns};s=${path}`);
  const subscription = ClientSubscription.create(session, {
    requestedPublishingInterval: 100, requestedLifetimeCount: 600, requestedMaxKeepAliveCount: 20,
    maxNotificationsPerPublish: 1000, publishingEnabled: true, priority: 10,
  });
  const seen = new Map(watched.map(id => [id, { count: 0, values: new Set(), source: "" }]));
  for (const nodeId of watched) {
    const item = ClientMonitoredItem.create(subscription, { nodeId, attributeId: AttributeIds.Value },
      { samplingInterval: 100, discardOldest: true, queueSize: 10 }, TimestampsToReturn.Both);
    item.on("changed", dataValue => {
      const s = seen.get(nodeId);
      s.count++;
      s.values.add(String(dataValue.value.value));
      s.source = dataValue.sourceTimestamp ? dataValue.sourceTimestamp.toISOString() : "";
    });
  }
  await new Promise(resolve => setTimeout(resolve, seconds * 1000));
  for (const [nodeId, s] of seen) {
    console.log(`changes ${nodeId} ${s.count} ${s.values.size} ${s.source || "-"}`);
  }
  await subscription.terminate();
  await session.close();
  await client.disconnect();
}

main().then(() => process.exit(0), error => {
  console.error("sim-browse-subscribe: " + (error && error.stack || error));
  process.exit(1);
});
