import { describe, expect, it } from 'vitest';
import { namesInResult } from './result-names.ts';

describe('namesInResult', () => {
  it('keeps what a result names (names, English names, aliases, titles) at any depth, once each', () => {
    const result = {
      films: [{ filmId: 'f01', name: '星际归途', nameEn: 'Starbound', genre: '科幻', summary: '宇航员在深空失联七年后……' }],
      clubs: [{ id: 'c1', name: '国贸店', coaches: [{ coachId: 'k1', name: '林悦', typeNames: ['瑜伽', '普拉提'] }] }],
      services: [{ id: 'window', title: '擦玻璃', aliases: ['擦窗', 'window cleaning'] }, { id: 'x', name: '星际归途' }],
    };
    expect(namesInResult(result)).toEqual(['星际归途', 'Starbound', '国贸店', '林悦', '瑜伽', '普拉提', '擦玻璃', '擦窗', 'window cleaning']);
  });

  it('keeps no ids, descriptions, numbers or long texts', () => {
    expect(namesInResult({ items: [{ id: 'a1', price: 12, desc: 'a long description of the thing', name: 'x'.repeat(80) }] })).toEqual([]);
    expect(namesInResult(undefined)).toEqual([]);
  });
});
