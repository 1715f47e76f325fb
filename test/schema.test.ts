// The schema documents itself: every type, field, argument, input field and enum value has a
// description.
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { LocalDate } from '../src/resolvers/base.js';
import { loadTypeDefs } from '../src/schema.js';

describe('schema', () => {
  it('has a description on everything', () => {
    const schema = buildSchema(loadTypeDefs());
    const missing: string[] = [];
    for (const t of Object.values(schema.getTypeMap())) {
      if (t.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID', 'Query'].includes(t.name)) continue;
      if (!t.description) missing.push(t.name);
    }
    for (const t of Object.values(schema.getTypeMap())) {
      if (t.name.startsWith('__')) continue;
      if (isObjectType(t) || isInterfaceType(t) || isInputObjectType(t)) {
        for (const f of Object.values(t.getFields())) {
          if (!f.description) missing.push(`${t.name}.${f.name}`);
          for (const a of 'args' in f ? f.args : []) if (!a.description) missing.push(`${t.name}.${f.name}(${a.name})`);
        }
      }
      if (isEnumType(t)) for (const v of t.getValues()) if (!v.description) missing.push(`${t.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
  });
});

describe('the LocalDate scalar', () => {
  it('sends a day as it is, refuses what is not a day, and checks arguments in full', () => {
    expect(LocalDate.serialize('2018-03-01')).toBe('2018-03-01');
    for (const bad of ['1 March 2018', '2018-3-1', 20180301, null]) expect(() => LocalDate.serialize(bad)).toThrow();
    expect(LocalDate.parseValue('2018-02-28')).toBe('2018-02-28');
    expect(() => LocalDate.parseValue('2018-02-30')).toThrow(/LocalDate/);
    expect(() => LocalDate.parseValue('2018-13-01')).toThrow(/LocalDate/);
  });
});
