// CDN entry: one self-contained module that defines <mentor-finder> on import.
import './define.js';

export * from './index.js';
