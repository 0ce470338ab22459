import { describe, expect, it } from 'vitest';
import { baseAddress } from './base-address';

describe('baseAddress', () => {
  it.each([
    ['maya.chen+billing@acme.example', 'maya.chen@acme.example'],
    ['Maya.Chen+Billing@Acme.Example', 'maya.chen@acme.example'],
    ['  maya.chen+billing@acme.example ', 'maya.chen@acme.example'],
    // Only the first '+' starts the tag; everything after it is the tag.
    ['maya.chen+billing+q3@acme.example', 'maya.chen@acme.example'],
    ["sean.o'brien+legal@kestrel.example", "sean.o'brien@kestrel.example"],
    // The domain is never touched, even where it holds a '+' it should not.
    ['maya+x@acme+corp.example', 'maya@acme+corp.example'],
  ])('strips the tag of %s', (email, base) => {
    expect(baseAddress(email)).toBe(base);
  });

  it.each([
    ['maya.chen@acme.example', 'no tag'],
    ['+billing@acme.example', 'a local part that starts with +'],
    ['"maya+billing"@acme.example', 'a quoted local part'],
    ['maya+billing', 'no domain'],
    ['@acme.example', 'no local part'],
  ])('leaves %s alone (%s)', (email) => {
    expect(baseAddress(email)).toBeUndefined();
  });
});
