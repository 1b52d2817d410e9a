import { describe, expect, it } from 'vitest';
import { subsetMismatch } from './contract.ts';
import { findImageUrls } from './image-in-structured.ts';

describe('subsetMismatch', () => {
  it('matches objects by the expected keys and arrays by the expected prefix', () => {
    const actual = { orderId: 'o1', total: 21, items: [{ id: 'a', qty: 1 }, { id: 'b', qty: 2 }] };
    expect(subsetMismatch({ total: 21, items: [{ id: 'a' }] }, actual)).toBeUndefined();
    expect(subsetMismatch({ items: [{ id: 'a' }, { id: 'b', qty: 3 }] }, actual)).toBe('structuredContent.items[1].qty should be 3, is 2');
    expect(subsetMismatch({ items: [{}, {}, {}] }, actual)).toBe('structuredContent.items should have at least 3 elements, has 2');
    expect(subsetMismatch({ missing: true }, actual)).toBe('structuredContent.missing should be true, is missing');
    expect(subsetMismatch({ total: 21 }, undefined)).toBe('structuredContent should be an object');
  });
});

describe('findImageUrls', () => {
  it('finds image URLs by extension and URLs under image-like keys, not other links', () => {
    const found = findImageUrls({
      bouquets: [{ id: 'b1', coverUrl: 'https://cdn.example.com/b1', page: 'https://shop.example.com/b1' }],
      banner: 'https://cdn.example.com/x.webp#top',
      note: 'see https://example.com/menu.png for the menu',
      avatar: '',
    });
    expect(found).toEqual(['structuredContent.bouquets[0].coverUrl', 'structuredContent.banner']);
  });
});
