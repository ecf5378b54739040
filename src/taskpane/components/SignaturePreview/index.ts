export { SignaturePreview, type SignaturePreviewProps } from './SignaturePreview';
