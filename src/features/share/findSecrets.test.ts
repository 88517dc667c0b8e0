import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFlowFile } from '../../format';
import { Flow, type FlowInput } from '../../model';
import { findSecrets, maskSecret } from './findSecrets';
import { removeSecrets, REMOVED } from './removeSecrets';

type NodeInput = FlowInput['nodes'][number];

const makeFlow = (input: Partial<FlowInput>): Flow =>
  Flow.parse({ format: 'eventflow', formatVersion: 1, name: 'Secrets test', nodes: [], ...input });

const fn = (id: string, settings: Record<string, unknown>): NodeInput =>
  ({ id, kind: 'function', label: `${id} fn`, position: { x: 0, y: 0 }, settings }) as NodeInput;

const env = (vars: Record<string, string>): Flow =>
  makeFlow({ nodes: [fn('orders', { environment: vars })] });
const code = (source: string): Flow => makeFlow({ nodes: [fn('orders', { code: source })] });
const kinds = (flow: Flow) => findSecrets(flow).map((f) => f.kind);

// Made up for these tests; shaped like the real thing.
const KEY_ID = 'AKIAZ3MX7Q2LWHXKWXYZ';
const SECRET_KEY = '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';
const GITHUB = 'ghp_R4nd0mT0k3nF0rT3st1ngPurp0s3sOnly123';
const SLACK = 'xoxb-2048613955-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx';
const JWT =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4ifQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

describe('findSecrets: what it finds', () => {
  it('an AWS access key id in an environment variable, named and masked', () => {
    const [f, ...rest] = findSecrets(env({ AWS_ACCESS_KEY_ID: KEY_ID }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      kind: 'awsAccessKeyId',
      title: 'AWS access key ID',
      where: 'orders fn · environment variable AWS_ACCESS_KEY_ID',
      path: ['nodes', 0, 'settings', 'environment', 'AWS_ACCESS_KEY_ID'],
      line: null,
      nodeId: 'orders',
      preview: 'AKIA…WXYZ',
      secret: KEY_ID,
    });
    expect(kinds(env({ TEMP_KEY: 'ASIAY34FZKBOKMUTVV7A' }))).toEqual(['awsAccessKeyId']);
  });

  it('an AWS secret key in a secret-named variable or next to aws_secret in code', () => {
    expect(kinds(env({ AWS_SECRET_ACCESS_KEY: SECRET_KEY }))).toEqual(['awsSecretKey']);
    const found = findSecrets(code(`// config\nconst aws_secret = "${SECRET_KEY}";\n`));
    expect(found.map((f) => [f.kind, f.line, f.where])).toEqual([
      ['awsSecretKey', 2, 'orders fn · handler code, line 2'],
    ]);
  });

  it('GitHub, Slack and JSON Web Tokens, bearer and basic credentials', () => {
    expect(kinds(code(`const gh = '${GITHUB}';`))).toEqual(['githubToken']);
    expect(kinds(code(`const pat = 'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz';`))).toEqual([
      'githubToken',
    ]);
    expect(
      kinds(makeFlow({ notes: [{ id: 'n1', text: `Bot token: ${SLACK}`, position: { x: 0, y: 0 } }] })),
    ).toEqual(['slackToken']);
    expect(
      kinds(code(`fetch('https://hooks.slack.com/services/T0123ABCD/B0456EFGH/abcdefGHIJKL0123456789')`)),
    ).toEqual(['slackWebhook']);
    const client: NodeInput = {
      id: 'checkout',
      kind: 'client',
      label: 'Checkout',
      position: { x: 0, y: 0 },
      settings: {
        request: { headers: { Authorization: `Bearer ${JWT}`, 'x-other': 'Bearer AbCdEf0123456789xyzABC' } },
      },
    } as NodeInput;
    const found = findSecrets(makeFlow({ nodes: [client] }));
    expect(found.map((f) => [f.kind, f.where])).toEqual([
      ['jwt', 'Checkout · request.headers.Authorization'],
      ['bearerToken', 'Checkout · request.headers.x-other'],
    ]);
    const basic = Buffer.from('admin:s3cret-pass').toString('base64');
    expect(kinds(code(`headers.Authorization = 'Basic ${basic}';`))).toEqual(['basicAuth']);
  });

  it('private key blocks, whole, previewed by their first line only', () => {
    const pem = '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7bq9\nZx1Q\n-----END RSA PRIVATE KEY-----';
    const [f] = findSecrets(env({ SIGNING_PEM: pem }));
    expect(f).toMatchObject({
      kind: 'privateKey',
      secret: pem,
      line: 1,
      preview: '-----BEGIN RSA PRIVATE KEY-----…',
    });
    expect(
      kinds(
        code(
          `const k = "-----BEGIN OPENSSH PRIVATE KEY-----\\nb3BlbnNzaC1rZXk\\n-----END OPENSSH PRIVATE KEY-----";`,
        ),
      ),
    ).toEqual(['privateKey']);
  });

  it('password assignments in strings, URLs and code literals', () => {
    expect(
      findSecrets(code(`const url = 'https://db.example/?user=app&password=hunter2x';`))[0],
    ).toMatchObject({
      kind: 'password',
      secret: 'hunter2x',
    });
    expect(
      findSecrets(env({ DATABASE_URL: 'postgres://app:s3cretPass@db.internal:5432/orders' }))[0],
    ).toMatchObject({
      kind: 'urlPassword',
      secret: 's3cretPass',
      preview: 's3… (10 characters)',
    });
    expect(kinds(code(`const config = { dbPassword: 'correct-horse', apiKey: "k-123456" };`))).toEqual([
      'password',
      'password',
    ]);
    expect(kinds(code(`const body = '{"client_secret":"abc123def456"}';`))).toEqual(['password']);
  });

  it('values of secret-named variables that look like credentials', () => {
    expect(kinds(env({ PAYMENT_API_TOKEN: 'tok-2f9a8c7e1b' }))).toEqual(['namedSecret']);
    expect(kinds(env({ DB_PASSWORD: 'Tr0ub4dor&3' }))).toEqual(['namedSecret']);
    expect(kinds(env({ stripeSecretKey: 'sk_test_4eC39HqLyjWDarjtT1zdp7dc' }))).toEqual(['namedSecret']);
  });

  it('every place of a flow is scanned: descriptions, notes, edges, other settings, metadata', () => {
    const flow = makeFlow({
      description: `Shared creds: ${KEY_ID}`,
      nodes: [
        { ...fn('a', {}), description: `token ${GITHUB}` },
        { id: 'q', kind: 'queue', label: 'Queue', position: { x: 0, y: 0 } } as NodeInput,
      ],
      edges: [
        {
          id: 'e1',
          source: 'q',
          target: 'a',
          settings: { type: 'sqsMapping' },
        },
      ],
      notes: [{ id: 'n1', text: `Remember:\nlogin password=letmein99`, position: { x: 0, y: 0 } }],
      meta: { deploy: { token: SLACK } },
    });
    expect(findSecrets(flow).map((f) => f.where)).toEqual([
      'Flow description',
      'a fn · description',
      'Note “Remember:”, line 2',
      'Flow metadata · deploy.token',
    ]);
  });
});

describe('findSecrets: what it leaves alone', () => {
  it('ids, UUIDs, hashes, names and references', () => {
    const flow = env({
      ORDER_ID: '3f2b8c1e-9a4d-4e7b-8c2f-1a2b3c4d5e6f',
      TABLE_NAME: 'orders',
      PARTITION_KEY: 'orderId',
      SORT_KEY: 'createdAt#2024',
      SECRET_ARN: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf',
      TOKEN_URL: 'https://auth.example/oauth2/token',
      KMS_KEY_ID: 'alias/orders',
      BUILD_COMMIT: '9fceb02d0ae598e95dc970b74767f19372d61af8',
      IMAGE_DIGEST: 'Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFy',
      API_KEY_HEADER: 'x-api-key',
      DEMO_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      DB_PASSWORD: '<your password>',
      API_TOKEN: '${API_TOKEN}',
      SHORT_SECRET: 'abc',
      LOG_LEVEL: 'debug',
    });
    expect(findSecrets(flow)).toEqual([]);
  });

  it('code that names a secret without holding one', () => {
    const source = [
      'const password = event.body.password;',
      'const token = await getToken();',
      'const headers = { Authorization: `Bearer ${token}` };',
      'const db = { password: process.env.DB_PASSWORD, user: "app" };',
      "if (input.password === '') throw new Error('password required');",
      "const tokenType = 'Bearer';",
      "const key = { pk: 'ORDER#' + id, sk: 'ITEM#1' };",
      "const id = '3f2b8c1e-9a4d-4e7b-8c2f-1a2b3c4d5e6f';",
      'const rev = "9fceb02d0ae598e95dc970b74767f19372d61af8";',
      'const notAJwt = "eyJmb28iOiJiYXIifQ.eyJzdWIiOiIxMjM0NTY3ODkwIn0.abcdefghijklmnopqrstu";',
    ].join('\n');
    expect(findSecrets(code(source))).toEqual([]);
  });

  it('finds nothing in the bundled examples', () => {
    const dir = new URL('../../../public/examples/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.eventflow.json'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const loaded = parseFlowFile(readFileSync(new URL(file, dir)), { semanticErrors: 'keep' });
      if (!loaded.ok) throw new Error(file);
      expect(findSecrets(loaded.value), file).toEqual([]);
    }
  });
});

describe('removeSecrets', () => {
  const flow = makeFlow({
    nodes: [
      fn('orders', {
        environment: { AWS_ACCESS_KEY_ID: KEY_ID, AWS_SECRET_ACCESS_KEY: SECRET_KEY, TABLE: 'orders' },
        code: `const gh = '${GITHUB}';\nconst again = '${GITHUB}';\nexport const handler = async () => gh;\n`,
      }),
    ],
    notes: [{ id: 'n1', text: 'db: postgres://app:s3cretPass@db/orders', position: { x: 0, y: 0 } }],
  });

  it('replaces each secret in a copy and leaves the document untouched', () => {
    const before = structuredClone(flow);
    const findings = findSecrets(flow);
    expect(findings.map((f) => f.kind)).toEqual([
      'githubToken',
      'githubToken',
      'awsAccessKeyId',
      'awsSecretKey',
      'urlPassword',
    ]);
    const copy = removeSecrets(flow, findings);
    expect(flow).toEqual(before);
    const fnSettings = (f: Flow) => (f.nodes[0]!.kind === 'function' ? f.nodes[0]!.settings : null)!;
    expect(fnSettings(copy).environment).toEqual({
      AWS_ACCESS_KEY_ID: REMOVED,
      AWS_SECRET_ACCESS_KEY: REMOVED,
      TABLE: 'orders',
    });
    expect(fnSettings(copy).code).toBe(
      `const gh = '${REMOVED}';\nconst again = '${REMOVED}';\nexport const handler = async () => gh;\n`,
    );
    expect(copy.notes[0]!.text).toBe(`db: postgres://app:${REMOVED}@db/orders`);
    // Untouched branches are shared, not copied.
    expect(copy.edges).toBe(flow.edges);
    // The copy is still a valid flow, and nothing secret is left in it.
    expect(Flow.safeParse(copy).success).toBe(true);
    expect(findSecrets(copy)).toEqual([]);
  });

  it('with no findings gives back the flow itself', () => {
    expect(removeSecrets(flow, [])).toBe(flow);
  });
});

describe('maskSecret', () => {
  it('shows the ends of long secrets and only the length of short ones', () => {
    expect(maskSecret(KEY_ID, 'awsAccessKeyId')).toBe('AKIA…WXYZ');
    expect(maskSecret('hunter2x', 'password')).toBe('hu… (8 characters)');
    expect(maskSecret('abcd', 'password')).toBe('… (4 characters)');
  });
});
