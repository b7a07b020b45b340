import { defineRecord } from './define.js';
import { text, timestamp } from './fields.js';

export const themeRecord = defineRecord('theme', 'theme', {
  name: text('name'),
  createdAt: timestamp('time added'),
});
