import { describe, expect, it } from 'vitest';
import { emergencyLines, saysEmergency } from './emergency.ts';

describe('a medical emergency', () => {
  it.each(['my dad has sudden chest pain and is sweating, find a doctor', '我妈突然呼吸困难，帮我挂个号', 'he passed out in the kitchen'])('is said in %s', (text) => expect(saysEmergency(text)).toBe(true));

  it.each(['book a dermatologist for a rash', '孩子有点发烧，挂个儿科', 'my back hurts a bit'])('is not said in %s', (text) => expect(saysEmergency(text)).toBe(false));

  it('is answered by the skill’s own emergency lines', () => {
    const doc = '# Clinic\n## Out of scope\n- 体检套餐。\n- 急救：请立即拨打 999。Emergencies: call 999.\n## Rules\n- 只挂 7 天内的号。';
    expect(emergencyLines([doc])).toEqual(['急救：请立即拨打 999。Emergencies: call 999.']);
  });
});
