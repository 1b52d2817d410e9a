import { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';
import { AgentOsError } from '../../core/index.ts';

/** Whether trying the same request again may help: no answer, a timeout, rate limiting, a server error. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof APIConnectionError) return true;
  if (error instanceof APIError) return error.status === undefined || error.status === 408 || error.status === 409 || error.status === 429 || error.status >= 500;
  return false;
}

const SETTINGS = 'AGENTOS_LLM_BASE_URL / AGENTOS_LLM_MODEL / AGENTOS_LLM_API_KEY';

/**
 * What went wrong with the model endpoint, said to the person in their language with what
 * to do: a wrong address (nothing answers), a wrong key (401/403), a model or path that is
 * not there (404), a budget spent, or the endpoint failing after the retries.
 */
export function modelError(error: unknown, where: { baseUrl: string; model: string; lang: 'zh' | 'en'; attempts: number }): AgentOsError {
  const { baseUrl, model, lang } = where;
  const t = (zh: string, en: string) => (lang === 'en' ? en : zh);
  const details = { where: baseUrl, model, attempts: where.attempts };
  if (error instanceof APIConnectionTimeoutError) {
    return new AgentOsError('TIMEOUT', t(`语言模型 ${baseUrl} 在限定时间内没有回应（已尝试 ${where.attempts} 次）`, `The language model at ${baseUrl} did not answer in time (${where.attempts} attempts)`), {
      ...details, fix: t('稍后再试，或调大超时；也可以取消这些设置改用本地规划器', `try again later or raise the timeout; or unset ${SETTINGS} to use the local planner`),
    }, { cause: error });
  }
  if (error instanceof APIConnectionError) {
    return new AgentOsError('UNAVAILABLE', t(`连不上语言模型服务 ${baseUrl}（已尝试 ${where.attempts} 次）`, `Cannot reach the language model at ${baseUrl} (${where.attempts} attempts)`), {
      ...details, fix: t(`检查 AGENTOS_LLM_BASE_URL 的地址和端口、服务是否已启动；或取消 ${SETTINGS} 改用本地规划器`, `check the address and port in AGENTOS_LLM_BASE_URL and that the server is running; or unset ${SETTINGS} to use the local planner`),
    }, { cause: error });
  }
  if (error instanceof APIError && (error.status === 401 || error.status === 403)) {
    return new AgentOsError('UNAUTHENTICATED', t(`语言模型服务 ${baseUrl} 拒绝了 API 密钥（${error.status}）`, `The language model at ${baseUrl} refused the API key (${error.status})`), {
      ...details, fix: t('在 AGENTOS_LLM_API_KEY 中设置该服务有效的密钥', 'set a valid key for this endpoint in AGENTOS_LLM_API_KEY'),
    }, { cause: error });
  }
  if (error instanceof APIError && error.status === 404) {
    return new AgentOsError('NOT_FOUND', t(`语言模型服务 ${baseUrl} 上没有模型 ${model}（或地址路径不对）`, `The language model endpoint ${baseUrl} has no model ${model} (or the path is wrong)`), {
      ...details, fix: t('在 AGENTOS_LLM_MODEL 中写该服务提供的模型名；AGENTOS_LLM_BASE_URL 应以 /v1 结尾', 'set AGENTOS_LLM_MODEL to a model this endpoint serves; AGENTOS_LLM_BASE_URL usually ends in /v1'),
    }, { cause: error });
  }
  if (error instanceof APIError && error.status === 429) {
    return new AgentOsError('RATE_LIMITED', t(`语言模型服务 ${baseUrl} 限流，重试 ${where.attempts} 次后仍未成功`, `The language model at ${baseUrl} is rate limiting; ${where.attempts} attempts failed`), {
      ...details, fix: t('稍后再试，或提高该服务的额度', 'try again later, or raise the quota of this endpoint'),
    }, { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new AgentOsError('UNAVAILABLE', t(`语言模型服务 ${baseUrl} 出错：${message}`, `The language model at ${baseUrl} failed: ${message}`), {
    ...details, fix: t(`检查 ${SETTINGS}，或取消这些设置改用本地规划器`, `check ${SETTINGS}, or unset them to use the local planner`),
  }, { cause: error });
}

/** The conversation has spent its token budget: said plainly, with what to do. */
export function budgetSpent(used: number, budget: number, lang: 'zh' | 'en'): AgentOsError {
  return new AgentOsError('RATE_LIMITED', lang === 'en'
    ? `This conversation has used its language-model budget (${used} of ${budget} tokens)`
    : `本次对话的语言模型用量已到上限（已用 ${used} / ${budget} tokens）`, {
    used, budget, fix: lang === 'en' ? 'start a new conversation, or raise the budget (tokenBudget)' : '请开始新的对话，或由运营方调高预算（tokenBudget）',
  });
}
