/**
 * The JSON Schema (draft 2020-12) of the bulletin record, schema version 1. `digest schema`
 * prints it; the tests validate every record the parser produces against it.
 */

const point = {
  type: 'object',
  required: ['line', 'column'],
  additionalProperties: false,
  properties: { line: { type: 'integer', minimum: 1 }, column: { type: 'integer', minimum: 1 } },
} as const;

const position = {
  type: 'object',
  required: ['start', 'end'],
  additionalProperties: false,
  properties: { start: { $ref: '#/$defs/point' }, end: { $ref: '#/$defs/point' } },
} as const;

const entry = {
  type: 'object',
  required: ['verb', 'text', 'position'],
  additionalProperties: false,
  properties: {
    verb: { type: 'string', minLength: 1, description: 'the lemma of the reporting verb' },
    text: { type: 'string', minLength: 1, description: 'a verbatim clause of the bulletin, white space collapsed' },
    position: { $ref: '#/$defs/position' },
    rule: { $ref: '#/$defs/explainRule' },
    subject: { $ref: '#/$defs/explainRule' },
  },
} as const;

/** Debug only: the rule that produced a value, present with `digest parse --explain`. */
const explainRule = { type: 'string', pattern: '^[a-z0-9-]+$', description: 'debug only (digest parse --explain): the id of the extraction rule that produced this value' } as const;

/** The schema object. */
export const recordSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/digest/digest/schema/record-1.json',
  title: 'digest bulletin record',
  description: 'What `digest parse` prints for one bulletin (schema version 1).',
  type: 'object',
  required: ['schemaVersion', 'source', 'title', 'date', 'dateText', 'location', 'lead', 'people', 'groups', 'diagnostics'],
  additionalProperties: false,
  properties: {
    schemaVersion: { const: 1 },
    source: {
      type: 'object',
      required: ['path', 'format', 'bytes', 'sha256'],
      additionalProperties: false,
      properties: {
        path: { type: 'string' },
        format: { enum: ['text', 'markdown', 'html'] },
        bytes: { type: 'integer', minimum: 0 },
        sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
      },
    },
    title: { type: ['string', 'null'] },
    date: { type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    dateText: { type: ['string', 'null'] },
    location: { type: ['string', 'null'] },
    lead: { type: ['string', 'null'] },
    people: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'role'],
        additionalProperties: false,
        properties: { name: { type: 'string', minLength: 1 }, role: { type: ['string', 'null'] }, rule: { $ref: '#/$defs/explainRule' } },
      },
    },
    groups: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'designator', 'aliases', 'name', 'kind', 'actions', 'outcomes', 'participants', 'position'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', minLength: 1 },
          designator: { type: 'string', minLength: 1 },
          aliases: { type: 'array', items: { type: 'string' } },
          name: { type: ['string', 'null'] },
          kind: { enum: ['working group', 'expert group', 'committee', 'study group', 'council', 'assembly', 'other'] },
          actions: { type: 'array', items: { $ref: '#/$defs/entry' } },
          outcomes: { type: 'array', items: { $ref: '#/$defs/entry' } },
          participants: {
            type: 'array',
            items: {
              type: 'object',
              required: ['name', 'type'],
              additionalProperties: false,
              properties: { name: { type: 'string', minLength: 1 }, type: { enum: ['country', 'organization'] }, rule: { $ref: '#/$defs/explainRule' } },
            },
          },
          position: { $ref: '#/$defs/position' },
          rule: { $ref: '#/$defs/explainRule' },
          via: { type: 'array', items: { $ref: '#/$defs/explainRule' }, description: 'debug only (digest parse --explain): every rule that named the group or gave it something' },
        },
      },
    },
    diagnostics: {
      type: 'array',
      items: {
        type: 'object',
        required: ['severity', 'message', 'line', 'column', 'rule'],
        additionalProperties: false,
        properties: {
          severity: { enum: ['error', 'warning', 'info'] },
          message: { type: 'string' },
          line: { type: 'integer', minimum: 1 },
          column: { type: 'integer', minimum: 1 },
          rule: { type: 'string', pattern: '^[a-z0-9-]+$' },
        },
      },
    },
  },
  $defs: { point, position, entry, explainRule },
} as const;
