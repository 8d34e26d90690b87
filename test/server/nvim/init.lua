-- zonelint language server for DNS zone files (*.zone, *.db, db.*), Neovim 0.7 or later.
-- Needs `zonelint-language-server` on PATH (npm install -g zonelint, or a project's node_modules/.bin).
local function zonelint_root(bufnr)
  -- The closest folder with .git or package.json above the file (else the file's folder).
  local dir = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(bufnr), ':p:h')
  local root = dir
  local best = 0
  for _, found in ipairs({ vim.fn.finddir('.git', dir .. ';'), vim.fn.findfile('package.json', dir .. ';') }) do
    if found ~= '' then
      local candidate = vim.fn.fnamemodify((vim.fn.fnamemodify(found, ':p'):gsub('/$', '')), ':h')
      if #candidate > best then
        root, best = candidate, #candidate
      end
    end
  end
  return root
end

local zonelint_clients = {}

vim.api.nvim_create_autocmd({ 'BufRead', 'BufNewFile' }, {
  pattern = { '*.zone', '*.db', 'db.*' },
  callback = function(args)
    local config = {
      name = 'zonelint',
      cmd = { 'zonelint-language-server', '--stdio' },
      root_dir = zonelint_root(args.buf),
    }
    if vim.lsp.start then -- Neovim 0.8+: starts or reuses a client
      vim.lsp.start(config, { bufnr = args.buf })
      return
    end
    local id = zonelint_clients[config.root_dir]
    if not id or vim.lsp.client_is_stopped(id) then
      id = vim.lsp.start_client(config)
      zonelint_clients[config.root_dir] = id
    end
    if id then
      vim.lsp.buf_attach_client(args.buf, id)
    end
  end,
})

-- Fix all auto-fixable problems in the current buffer (as `zonelint --fix`).
vim.api.nvim_create_user_command('ZonelintFixAll', function()
  local bufnr = vim.api.nvim_get_current_buf()
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = { start = { line = 0, character = 0 }, ['end'] = { line = 0, character = 0 } },
    context = { diagnostics = {}, only = { 'source.fixAll.zonelint' } },
  }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 5000) or {}
  for client_id, response in pairs(responses) do
    local client = vim.lsp.get_client_by_id(client_id)
    for _, action in ipairs(response.result or {}) do
      if action.edit then
        vim.lsp.util.apply_workspace_edit(action.edit, client and client.offset_encoding or 'utf-16')
      end
    end
  end
end, {})
