import { describe, expect, it } from 'vitest';
import { PAYLOAD_PREVIEW_CHARS } from '../../sim';
import { indentJsonText, payloadView } from './payloadText';
import { fieldName, spanFields } from './spanFields';
import { label, poisonRun } from './testFlows';

describe('payloadView', () => {
  it('pretty-prints a whole JSON payload', () => {
    expect(payloadView('{"a":1,"b":[1,2]}')).toEqual({
      text: '{\n  "a": 1,\n  "b": [\n    1,\n    2\n  ]\n}',
      cut: false,
    });
  });

  it('shows a plain string as it is', () => {
    expect(payloadView('hello, world')).toEqual({ text: 'hello, world', cut: false });
  });

  it('says when the preview was cut, and still indents it', () => {
    const long = JSON.stringify({ items: Array.from({ length: 100 }, (_, i) => ({ sku: `SKU-${i}` })) });
    const preview = `${long.slice(0, PAYLOAD_PREVIEW_CHARS - 1)}…`;
    const view = payloadView(preview);
    expect(view.cut).toBe(true);
    expect(view.text.startsWith('{\n  "items": [\n    {\n      "sku": "SKU-0"\n    },')).toBe(true);
    expect(view.text.endsWith(' …')).toBe(true);
  });
});

describe('indentJsonText', () => {
  it('leaves strings alone (braces, commas and escaped quotes inside them)', () => {
    expect(indentJsonText('{"a":"x,{y}\\"z","b":{}}')).toBe('{\n  "a": "x,{y}\\"z",\n  "b": {}\n}');
  });
});

describe('spanFields', () => {
  const spans = poisonRun();

  it('lists a receive: message, count, consumer by label, outcome, and its invocation span', () => {
    const receive = spans.find((s) => s.type === 'queue.receive' && s.attempt === 2)!;
    const fields = spanFields(receive, label);
    expect(fields.map((f) => [f.name, f.value])).toEqual([
      ['message id', expect.any(String)],
      ['receive count', '2'],
      ['batch size', '1'],
      ['consumer', 'Worker'],
      ['outcome', 'function-error'],
      ['invocation', expect.stringMatching(/^span \d+$/)],
    ]);
    expect(fields.at(-1)!.spanId).toBe(spans.find((s) => s.parentSpanId === receive.spanId)!.spanId);
  });

  it('formats durations and leaves out what the details show elsewhere', () => {
    const invoke = spans.find((s) => s.type === 'function.invoke')!;
    const names = spanFields(invoke, label).map((f) => f.name);
    expect(names).toEqual([
      'invocation type',
      'request id',
      'environment id',
      'cold start',
      'init',
      'duration',
      'billed',
    ]);
    expect(spanFields(invoke, label).find((f) => f.name === 'billed')!.value).toMatch(/ ms$/);
    expect(fieldName('redrivenFromNodeId')).toBe('redriven from');
  });
});
