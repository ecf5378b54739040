export { ReadabilityMeter, type ReadabilityMeterProps } from './ReadabilityMeter';
